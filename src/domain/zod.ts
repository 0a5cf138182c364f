// zod as the app uses it: every module that builds a schema imports z from here, so this runs
// before any schema exists, whatever order the bundler puts modules in. zod compiles object
// parsers with `new Function` unless told not to, and even its probe for that is reported as a
// violation of the Content-Security-Policy (no 'unsafe-eval').
import { z } from 'zod';

z.config({ jitless: true });

export { z };
