// The server's configuration, from the environment, checked once at start: a bad value stops the
// start with a message that names the variable and what it takes.
import { z } from '@/domain/zod';

const port = z.pipe(z.string().check(z.regex(/^\d{1,5}$/, 'a port number')), z.transform(Number));
const positiveMs = z.pipe(
  z.string().check(z.regex(/^\d{1,9}$/, 'a whole number of milliseconds')),
  z.transform(Number),
);
const bytes = z.pipe(
  z.string().check(z.regex(/^\d{1,10}$/, 'a whole number of bytes')),
  z.transform(Number),
);

/** What each variable is when it is not set. */
const DEFAULTS: Record<string, string> = {
  PORT: '8080',
  HOST: '127.0.0.1',
  DATA_DIR: './data',
  STATIC_DIR: './dist-app',
  LOG_LEVEL: 'info',
  REQUEST_TIMEOUT_MS: '15000',
  SHUTDOWN_GRACE_MS: '10000',
  BODY_LIMIT_BYTES: '262144',
  IMPORT_BODY_LIMIT_BYTES: '8388608',
  DB_POOL_SIZE: '10',
};

const envSchema = z.object({
  PORT: port,
  HOST: z.string().check(z.minLength(1)),
  DATA_DIR: z.string().check(z.minLength(1)),
  DATABASE_URL: z.optional(
    z.string().check(z.regex(/^postgres(ql)?:\/\/./, 'a postgres:// or postgresql:// URL')),
  ),
  STATIC_DIR: z.string().check(z.minLength(1)),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']),
  REQUEST_TIMEOUT_MS: positiveMs,
  SHUTDOWN_GRACE_MS: positiveMs,
  BODY_LIMIT_BYTES: bytes,
  IMPORT_BODY_LIMIT_BYTES: bytes,
  DB_POOL_SIZE: z.pipe(
    z.string().check(z.regex(/^\d{1,3}$/, 'a whole number of connections')),
    z.transform(Number),
  ),
});

export interface ServerConfig {
  port: number;
  host: string;
  database:
    { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };
  staticDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  requestTimeoutMs: number;
  shutdownGraceMs: number;
  bodyLimitBytes: number;
  importBodyLimitBytes: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration, or throws a ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const given = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((k) => {
      const v = env[k];
      return v === undefined || v === '' ? [] : [[k, v]];
    }),
  );
  const picked: Record<string, string> = { ...DEFAULTS, ...given };
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? '?');
        const value = picked[name];
        // A database URL may hold a password: never repeat it.
        const shown =
          name === 'DATABASE_URL' ? '' : ` (got ${JSON.stringify(String(value).slice(0, 60))})`;
        return `${name}: expected ${i.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.PORT < 1 || e.PORT > 65535) problems.push(`PORT: expected 1–65535 (got ${e.PORT})`);
  if (e.REQUEST_TIMEOUT_MS < 100) problems.push('REQUEST_TIMEOUT_MS: expected at least 100');
  if (e.BODY_LIMIT_BYTES < 1024) problems.push('BODY_LIMIT_BYTES: expected at least 1024');
  if (e.DB_POOL_SIZE < 1) problems.push('DB_POOL_SIZE: expected at least 1');
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DB_POOL_SIZE }
      : { kind: 'pglite', dataDir: e.DATA_DIR },
    staticDir: e.STATIC_DIR,
    logLevel: e.LOG_LEVEL,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    importBodyLimitBytes: e.IMPORT_BODY_LIMIT_BYTES,
  };
}
