// Where the browser tests put their screenshots. A test run writes them to test-results/ (ignored
// by git) so that it never dirties the tree; `npm run screenshots` runs the same tests with
// SCREENSHOTS=1 and writes them to docs/screenshots/, the pictures the docs show.
export const SHOTS =
  process.env.SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
