// What the API needs to keep about accounts, sessions, wall screens and failed sign-ins: one
// interface, two implementations (SQL in src/server/store, localStorage in mocks/accounts-db.ts).
// Secrets are kept only as hashes: a password's scrypt (or, in the mock, PBKDF2) hash, and the
// SHA-256 of a session id or a display token.
import type { Account, Display, Role } from '@/domain/accounts';

export interface StoredAccount extends Account {
  passwordHash: string;
}

export interface StoredDisplay extends Display {
  tokenHash: string;
}

export interface StoredSession {
  /** SHA-256 of the id the cookie carries (hex). */
  idHash: string;
  kind: 'user' | 'display';
  /** The account's username, or the display's id. */
  subject: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface AccountChanges {
  displayName?: string;
  role?: Role;
  departments?: string[];
  disabled?: boolean;
  passwordHash?: string;
  lastSignInAt?: string;
}

export interface AccountsStore {
  accounts(): Promise<StoredAccount[]>;
  account(username: string): Promise<StoredAccount | null>;
  /** False when the username is taken. */
  createAccount(account: StoredAccount): Promise<boolean>;
  updateAccount(username: string, changes: AccountChanges): Promise<StoredAccount | null>;

  createSession(session: StoredSession): Promise<void>;
  session(idHash: string): Promise<StoredSession | null>;
  touchSession(idHash: string, at: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Ends every session of an account (or a display). */
  deleteSessionsOf(kind: StoredSession['kind'], subject: string): Promise<void>;

  displays(): Promise<StoredDisplay[]>;
  display(id: string): Promise<StoredDisplay | null>;
  displayByToken(tokenHash: string): Promise<StoredDisplay | null>;
  createDisplay(display: StoredDisplay): Promise<void>;
  updateDisplay(id: string, changes: { lastSeenAt?: string; revokedAt?: string }): Promise<void>;

  /**
   * Counts a sign-in attempt as a failure under each key, before its password is checked, in one
   * atomic step: when any key already has its `limit` of failures in the `windowMs` before `at`,
   * nothing is counted and the answer says when the attempt may come again. Concurrent attempts
   * are counted one after another, so no more than `limit` of them ever reach the password check.
   */
  claimSignInAttempt(
    limits: readonly SignInLimit[],
    at: string,
    windowMs: number,
  ): Promise<SignInClaim>;
  /** The attempt's password was right: what it counted goes. */
  releaseSignInAttempt(ids: readonly string[]): Promise<void>;
  /** How many failures each key whose name starts with `prefix` has had since `since`. */
  signInFailureCounts(prefix: string, since: string): Promise<Map<string, number>>;
  /** Forgets every failed sign-in to the account, from any address (an admin's unlock). */
  clearSignInFailures(username: string): Promise<void>;
}

/** A throttle's key (`account:NAME@IP`, `account:NAME`, `address:IP`) and its limit. */
export interface SignInLimit {
  key: string;
  limit: number;
}

/**
 * A counted attempt (its rows, released when the password is right), or when to come again and
 * the key whose limit says so.
 */
export type SignInClaim = { ids: string[] } | { retryAt: string; key: string };
