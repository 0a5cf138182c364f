// Who may read and change what: accounts, their roles and department scopes, the display tokens
// that wall screens run on, and the rules that decide each write. Pure: the API (server and mock)
// and the views ask the same functions, and only the API's answer counts.
import { z } from './zod';
import { targetSchema } from './schemas';

export const roleSchema = z.enum(['viewer', 'editor', 'admin']);
export type Role = z.infer<typeof roleSchema>;

/** Sign-in names: lower-case letters, digits, dot, dash, underscore; 2–40 characters. */
export const usernameSchema = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.regex(/^[a-z0-9._-]{2,40}$/, 'expected 2–40 of a-z 0-9 . _ -'),
  );

/** At least 10 characters; at most 200 (a hash of a longer one costs the server for nothing). */
export const passwordSchema = z.string().check(z.minLength(10), z.maxLength(200));

export const displayNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));

export const accountSchema = z.object({
  username: z.string(),
  /** The name the audit trail shows: 王敏（市财政局）. */
  displayName: z.string(),
  role: roleSchema,
  /** An editor's departments (the ids of the data set's departments); empty for other roles. */
  departments: z.array(z.string()),
  disabled: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  lastSignInAt: z.nullable(z.iso.datetime({ offset: true })),
  /** In an admin's list: sign-in refuses the account now (too many failures, from somewhere). */
  signInLocked: z.optional(z.boolean()),
});
export type Account = z.infer<typeof accountSchema>;

export const accountListResponseSchema = z.object({ items: z.array(accountSchema) });

export const newAccountSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  role: roleSchema,
  departments: z.array(z.string().check(z.minLength(1))).check(z.maxLength(50)),
  password: passwordSchema,
});
export type NewAccount = z.infer<typeof newAccountSchema>;

/** An admin's change to an account: any of these; `password` resets it and ends its sessions. */
export const accountChangeSchema = z.object({
  displayName: z.optional(displayNameSchema),
  role: z.optional(roleSchema),
  departments: z.optional(z.array(z.string().check(z.minLength(1))).check(z.maxLength(50))),
  disabled: z.optional(z.boolean()),
  password: z.optional(passwordSchema),
});
export type AccountChange = z.infer<typeof accountChangeSchema>;

export const signInSchema = z.object({
  username: z.string().check(z.trim(), z.toLowerCase(), z.minLength(1), z.maxLength(40)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type SignIn = z.infer<typeof signInSchema>;

/** The playlist a screen runs: the `/present` query string's parameters (`dept`, `slides`, …). */
export const displayPlaylistSchema = z.record(z.string(), z.string().check(z.maxLength(400)));

export const displaySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The departments its show is filtered to; empty for all. */
  departments: z.array(z.string()),
  playlist: displayPlaylistSchema,
  createdAt: z.iso.datetime({ offset: true }),
  /** When the screen last asked for anything; null until it is paired. */
  lastSeenAt: z.nullable(z.iso.datetime({ offset: true })),
  revokedAt: z.nullable(z.iso.datetime({ offset: true })),
});
export type Display = z.infer<typeof displaySchema>;

export const displayListResponseSchema = z.object({ items: z.array(displaySchema) });

export const newDisplaySchema = z.object({
  name: displayNameSchema,
  departments: z.array(z.string().check(z.minLength(1))).check(z.maxLength(50)),
  playlist: displayPlaylistSchema,
});
export type NewDisplay = z.infer<typeof newDisplaySchema>;

/**
 * A new display and its pairing link, shown once: the token is in the link's fragment, which
 * never reaches a server log; the screen trades it for its own cookie.
 */
export const createdDisplayResponseSchema = z.object({
  display: displaySchema,
  /** `/pair#<token>`, relative to the app's base. */
  link: z.string(),
});

export const pairDisplaySchema = z.object({
  token: z.string().check(z.minLength(20), z.maxLength(200)),
});

/** Who is asking, as `GET /api/session` answers. */
export const principalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({
    kind: z.literal('user'),
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    departments: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('display'),
    id: z.string(),
    name: z.string(),
    departments: z.array(z.string()),
    playlist: displayPlaylistSchema,
  }),
]);
export type Principal = z.infer<typeof principalSchema>;

export const readAccessSchema = z.enum(['signed-in', 'public']);
export type ReadAccess = z.infer<typeof readAccessSchema>;

/** A demo account the mock API knows, listed on its sign-in page (never on a server). */
export const demoAccountSchema = z.object({
  username: z.string(),
  password: z.string(),
  role: roleSchema,
  departments: z.array(z.string()),
  displayName: z.string(),
});
export type DemoAccount = z.infer<typeof demoAccountSchema>;

export const sessionResponseSchema = z.object({
  principal: principalSchema,
  /** Whether anything can be read without signing in. */
  readAccess: readAccessSchema,
  /** Mock mode only: the demo accounts and their passwords. */
  demoAccounts: z.optional(z.array(demoAccountSchema)),
  /** This API has alerts (inbox, follows, webhooks): the server does, the mock does not. */
  alerts: z.optional(z.boolean()),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** An admin's new target for an indicator, with the reason it changed. */
export const targetChangeInputSchema = z.object({
  target: z.object({
    value: targetSchema.shape.value,
    date: targetSchema.shape.date,
    comparator: targetSchema.shape.comparator,
    provenance: targetSchema.shape.provenance,
  }),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
});
export type TargetChangeInput = z.infer<typeof targetChangeInputSchema>;

// ---- The rules -------------------------------------------------------------------------------

/** What a write asks to do. */
export type WriteAction =
  | { kind: 'record'; ownerIds: readonly string[] }
  | { kind: 'setTarget' }
  | { kind: 'manageAccounts' }
  | { kind: 'manageDisplays' };

/** Why a principal may not do something: the API's refusal and the view's explanation. */
export type Refusal =
  'signInRequired' | 'readOnlyDisplay' | 'viewerReadOnly' | 'outsideScope' | 'adminOnly';

/**
 * Whether `who` may do `action`: null when allowed, else the reason. An editor records only for
 * indicators one of their departments owns; targets, accounts and screens are admins' alone; a
 * display never writes.
 */
export function refusalFor(who: Principal, action: WriteAction): Refusal | null {
  if (who.kind === 'anonymous') return 'signInRequired';
  if (who.kind === 'display') return 'readOnlyDisplay';
  if (who.role === 'admin') return null;
  if (action.kind !== 'record') return 'adminOnly';
  if (who.role === 'viewer') return 'viewerReadOnly';
  return action.ownerIds.some((id) => who.departments.includes(id)) ? null : 'outsideScope';
}

export const mayRecord = (who: Principal, ownerIds: readonly string[]) =>
  refusalFor(who, { kind: 'record', ownerIds }) === null;
