// `npm run intake -- FILE.txt [--json]` and `npm run intake -- --score FIXTURE.json`: see
// intake-command.ts and docs/intake.md.
import { intakeCommand } from './intake-command';

const { stdout, stderr, code } = intakeCommand(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
