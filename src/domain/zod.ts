// zod as the app uses it: every module that builds a schema imports z from here, so this runs
// before any schema exists, whatever order the bundler puts modules in. zod compiles object
// parsers with `new Function` unless told not to, and even its probe for that is reported as a
// violation of the Content-Security-Policy (no 'unsafe-eval').
// It is zod/mini, for a fraction of full zod's weight on the first screen. Mini ships no messages
// of its own ("Invalid input" for everything); English is set here, so issues read as before.
import { z } from 'zod/mini';

z.config({ jitless: true, ...z.locales.en() });

export { z };
