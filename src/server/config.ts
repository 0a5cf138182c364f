// The server's configuration, from the environment, checked once at start: a bad value stops the
// start with a message that names the variable and what it takes.
import { z } from '@/domain/zod';
import { passwordSchema, usernameSchema, type ReadAccess } from '@/domain/accounts';

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
  READ_ACCESS: 'signed-in',
  SESSION_IDLE_MINUTES: '120',
  SESSION_MAX_HOURS: '12',
  TRUST_PROXY: 'false',
  ALERT_INTERVAL_SECONDS: '60',
  MAIL_FROM: 'npf-tracker@localhost',
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
  READ_ACCESS: z.enum(['signed-in', 'public']),
  SESSION_IDLE_MINUTES: z.pipe(
    z.string().check(z.regex(/^\d{1,6}$/, 'a whole number of minutes')),
    z.transform(Number),
  ),
  SESSION_MAX_HOURS: z.pipe(
    z.string().check(z.regex(/^\d{1,5}$/, 'a whole number of hours')),
    z.transform(Number),
  ),
  TRUST_PROXY: z.enum(['true', 'false']),
  PUBLIC_URL: z.optional(z.string().check(z.regex(/^https?:\/\/[^\s?#]+$/, 'an http(s) address'))),
  SMTP_URL: z.optional(z.string().check(z.regex(/^smtps?:\/\/./, 'an smtp:// or smtps:// URL'))),
  MAIL_FROM: z.string().check(z.regex(/^[^\s@]+@[^\s@]+$/, 'an email address')),
  ALERT_INTERVAL_SECONDS: z.pipe(
    z.string().check(z.regex(/^\d{1,6}$/, 'a whole number of seconds')),
    z.transform(Number),
  ),
  ADMIN_USER: z.optional(usernameSchema),
  ADMIN_PASSWORD: z.optional(passwordSchema),
  WEBHOOK_ALLOW: z.optional(
    z
      .string()
      .check(z.regex(/^[\w.:/[\]-]+(,\s*[\w.:/[\]-]+)*$/, 'host names or address/bits, by commas')),
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
  readAccess: ReadAccess;
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** Behind a proxy that terminates TLS: trust X-Forwarded-Proto and X-Forwarded-For. */
  trustProxy: boolean;
  /** The tracker's address as users reach it, for links in alerts. */
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  alertIntervalMs: number;
  /** Hosts and ranges webhooks may reach though inside (an intranet deployment): http allowed. */
  webhookAllowList: string[];
  /** The first admin, made on the first start when there is no account yet. */
  firstAdmin: { username: string; password: string | null };
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
        // A database URL or a password: never repeat it.
        const secret = name === 'DATABASE_URL' || name === 'ADMIN_PASSWORD' || name === 'SMTP_URL';
        const shown = secret ? '' : ` (got ${JSON.stringify(String(value).slice(0, 60))})`;
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
  if (e.SESSION_IDLE_MINUTES < 1) problems.push('SESSION_IDLE_MINUTES: expected at least 1');
  if (e.SESSION_MAX_HOURS < 1) problems.push('SESSION_MAX_HOURS: expected at least 1');
  if (e.ADMIN_PASSWORD !== undefined && e.ADMIN_USER === undefined) {
    problems.push('ADMIN_USER: expected a name when ADMIN_PASSWORD is set');
  }
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
    readAccess: e.READ_ACCESS,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    trustProxy: e.TRUST_PROXY === 'true',
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    alertIntervalMs: Math.max(5, e.ALERT_INTERVAL_SECONDS) * 1000,
    webhookAllowList: (e.WEBHOOK_ALLOW ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
    firstAdmin: { username: e.ADMIN_USER ?? 'admin', password: e.ADMIN_PASSWORD ?? null },
  };
}
