// What the test-message routes share: the demo's plain answer (it sends nothing), and a pause
// between tests, so a test button cannot be turned into a mail or request flood.
import type { Context } from 'hono';
import { problem } from '../respond';

/** One test message per account (or webhook) this often. */
export const TEST_EVERY_MS = 10_000;

export const notInDemo = (c: Context, what: string) =>
  problem(
    c,
    501,
    'notInDemo',
    `the demo runs in the browser and cannot ${what}; on the server this sends a test message, and alerts reach the inbox here too`,
  );

/** A limiter: null when a test may go now, else the 429 to answer. */
export function testThrottle(now: () => Date) {
  const last = new Map<string, number>();
  return (key: string) => {
    const at = now().getTime();
    const previous = last.get(key);
    if (previous !== undefined && at - previous < TEST_EVERY_MS) {
      const seconds = Math.ceil((TEST_EVERY_MS - (at - previous)) / 1000);
      return (c: Context) => {
        c.header('Retry-After', String(seconds));
        return problem(c, 429, 'tooManyTests', `wait ${seconds} s before the next test`);
      };
    }
    last.set(key, at);
    if (last.size > 10_000) last.delete(last.keys().next().value ?? '');
    return null;
  };
}
