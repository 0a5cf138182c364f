var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/server/main.ts
import { resolve } from "node:path";
import { serve } from "@hono/node-server";
import { sql as sql7 } from "kysely";
import { monitorEventLoopDelay } from "node:perf_hooks";

// src/server/app.ts
import { Hono as Hono10 } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { HTTPException } from "hono/http-exception";
import { timeout } from "hono/timeout";
import { getConnInfo } from "@hono/node-server/conninfo";

// src/api/app.ts
import { Hono as Hono9 } from "hono";

// src/domain/dates.ts
var DAY_MS = 864e5;
var DAYS_PER_YEAR = 365.25;
function isoToUtcMs(date) {
  return Date.parse(`${date}T00:00:00Z`);
}
function toIsoDate(date) {
  return date.toISOString().slice(0, 10);
}
function daysBetween(from, to) {
  return Math.round((isoToUtcMs(to) - isoToUtcMs(from)) / DAY_MS);
}
function yearsBetween(from, to) {
  return daysBetween(from, to) / DAYS_PER_YEAR;
}
function addDays(date, days) {
  return toIsoDate(new Date(isoToUtcMs(date) + days * DAY_MS));
}
function byDate(a, b) {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
var shanghaiDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit"
});
function todayInShanghai(now = /* @__PURE__ */ new Date()) {
  return shanghaiDay.format(now);
}

// src/api/auth.ts
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

// src/domain/zod.ts
import { z } from "zod/mini";
z.config({ jitless: true, ...z.locales.en() });

// src/domain/schemas.ts
var isoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD"),
  z.refine((s) => {
    const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a calendar date")
);
var nonEmpty = () => z.string().check(z.minLength(1));
var localizedSchema = z.object({ zh: nonEmpty(), en: nonEmpty() });
var thrustIdSchema = z.enum(["T1", "T2", "T3", "T4"]);
var citationSchema = z.object({
  speaker: localizedSchema,
  role: localizedSchema,
  departmentId: nonEmpty(),
  date: isoDateSchema,
  /** The publication, e.g. 南京发布 (Nanjing Release). */
  source: localizedSchema,
  /** The occasion, e.g. the provincial government's press conference. */
  event: localizedSchema,
  /** The words of the source the figure is taken from, in Chinese. */
  quote: nonEmpty()
});
var provenanceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("reported"), citation: citationSchema }),
  z.object({ kind: z.literal("illustrative"), note: z.optional(localizedSchema) })
]);
var programmeSchema = z.object({
  id: nonEmpty(),
  title: localizedSchema,
  headline: localizedSchema,
  aim: localizedSchema,
  city: localizedSchema,
  /** Date of the press conference the programme was presented at. */
  sourceDate: isoDateSchema,
  source: localizedSchema,
  event: localizedSchema,
  citation: citationSchema
});
var thrustSchema = z.object({
  id: thrustIdSchema,
  order: z.int(),
  name: localizedSchema,
  /** One short name used on cards, charts and slides. */
  shortName: localizedSchema,
  summary: localizedSchema,
  citation: citationSchema
});
var departmentSchema = z.object({
  id: nonEmpty(),
  name: localizedSchema,
  shortName: localizedSchema,
  /** The person who answered for the body at the press conference, when the source names one. */
  representative: z.optional(z.object({ name: localizedSchema, role: localizedSchema })),
  /** `reported`: a body the source names; `illustrative`: an owner this data set adds. */
  provenance: z.enum(["reported", "illustrative"])
});
var qualifierSchema = z.enum(["exact", "about", "nearly", "over", "withinTop"]);
var observationSchema = z.object({
  date: isoDateSchema,
  value: z.number(),
  qualifier: qualifierSchema,
  provenance: provenanceSchema,
  note: z.optional(localizedSchema)
});
var comparatorSchema = z.enum(["atLeast", "about", "atMost"]);
var targetSchema = z.object({
  value: z.number(),
  date: isoDateSchema,
  comparator: comparatorSchema,
  /** When this target was set; a later target supersedes an earlier one. */
  setOn: isoDateSchema,
  /** Where the target's value comes from (and its date, unless `dateProvenance` says otherwise). */
  provenance: provenanceSchema,
  /**
   * Where the target's date comes from, when not from the same place as its value: a value the
   * source states with a date it does not (约30家, but by when?) is marked on its date.
   */
  dateProvenance: z.optional(provenanceSchema)
});
var baselineSchema = z.object({
  date: isoDateSchema,
  value: z.number(),
  provenance: provenanceSchema
});
var cadenceSchema = z.enum(["monthly", "quarterly", "semiannual", "annual", "oneOff"]);
var unitSchema = z.object({
  kind: z.enum(["currency", "count", "rank", "persons"]),
  /** The counter word or currency: 元 / yuan, 家 / firms, 项 / items (English in the plural). */
  label: localizedSchema,
  /** The English word for exactly one (firm, item), when it differs from the plural. */
  one: z.optional(nonEmpty())
});
var indicatorBaseSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** The fact in FACTS.md this indicator carries (F1–F8), when it carries one. */
  factCode: z.optional(z.string().check(z.regex(/^F\d+$/))),
  /** The one indicator shown on the fact's headline tile. */
  headline: z.boolean(),
  thrustId: thrustIdSchema,
  /** `source`: the source lists it under this thrust; `dataset`: this data set's classification. */
  thrustAssignment: z.enum(["source", "dataset"]),
  name: localizedSchema,
  description: localizedSchema,
  ownerIds: z.array(nonEmpty()).check(z.minLength(1)),
  /** `reported`: the source has this body speak for it; `illustrative`: this data set assigns it. */
  ownerProvenance: z.enum(["reported", "illustrative"]),
  /** The commitment itself, as the source states it. */
  commitment: citationSchema,
  cadence: cadenceSchema,
  /**
   * Counts the changes saved to this indicator (its ETag). A write names the version it was
   * based on (If-Match) and is refused with 412 when another change came first.
   */
  version: z.optional(z.int().check(z.positive()))
});
var quantitativeIndicatorSchema = z.extend(indicatorBaseSchema, {
  kind: z.literal("quantitative"),
  unit: unitSchema,
  direction: z.enum(["higherIsBetter", "lowerIsBetter"]),
  /**
   * A figure that sets the scene (the metropolitan area's population) rather than a commitment:
   * with no target it carries no status at all, rather than "insufficient data".
   */
  context: z.optional(z.boolean()),
  baseline: z.optional(baselineSchema),
  targets: z.array(targetSchema),
  observations: z.array(observationSchema)
});
var milestoneStateSchema = z.enum(["notStarted", "inProgress", "done", "delayed"]);
var milestoneUpdateSchema = z.object({
  date: isoDateSchema,
  state: milestoneStateSchema,
  provenance: provenanceSchema,
  note: z.optional(localizedSchema)
});
var milestoneIndicatorSchema = z.extend(indicatorBaseSchema, {
  kind: z.literal("milestone"),
  due: z.object({ date: isoDateSchema, provenance: provenanceSchema }),
  updates: z.array(milestoneUpdateSchema)
});
var indicatorSchema = z.discriminatedUnion("kind", [
  quantitativeIndicatorSchema,
  milestoneIndicatorSchema
]);
var thrustsResponseSchema = z.object({ items: z.array(thrustSchema) });
var departmentsResponseSchema = z.object({ items: z.array(departmentSchema) });
var indicatorsResponseSchema = z.object({
  items: z.array(indicatorSchema),
  total: z.int().check(z.nonnegative())
});
var apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() })
});

// src/domain/accounts.ts
var roleSchema = z.enum(["viewer", "editor", "admin"]);
var usernameSchema = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.regex(/^[a-z0-9._-]{2,40}$/, "expected 2\u201340 of a-z 0-9 . _ -")
);
var passwordSchema = z.string().check(z.minLength(10), z.maxLength(200));
var displayNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
var accountSchema = z.object({
  username: z.string(),
  /** The name the audit trail shows: 王敏（市财政局）. */
  displayName: z.string(),
  role: roleSchema,
  /** An editor's departments (the ids of the data set's departments); empty for other roles. */
  departments: z.array(z.string()),
  disabled: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  lastSignInAt: z.nullable(z.iso.datetime({ offset: true }))
});
var accountListResponseSchema = z.object({ items: z.array(accountSchema) });
var newAccountSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  role: roleSchema,
  departments: z.array(z.string().check(z.minLength(1))).check(z.maxLength(50)),
  password: passwordSchema
});
var accountChangeSchema = z.object({
  displayName: z.optional(displayNameSchema),
  role: z.optional(roleSchema),
  departments: z.optional(z.array(z.string().check(z.minLength(1))).check(z.maxLength(50))),
  disabled: z.optional(z.boolean()),
  password: z.optional(passwordSchema)
});
var signInSchema = z.object({
  username: z.string().check(z.trim(), z.toLowerCase(), z.minLength(1), z.maxLength(40)),
  password: z.string().check(z.minLength(1), z.maxLength(200))
});
var displayPlaylistSchema = z.record(z.string(), z.string().check(z.maxLength(400)));
var displaySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The departments its show is filtered to; empty for all. */
  departments: z.array(z.string()),
  playlist: displayPlaylistSchema,
  createdAt: z.iso.datetime({ offset: true }),
  /** When the screen last asked for anything; null until it is paired. */
  lastSeenAt: z.nullable(z.iso.datetime({ offset: true })),
  revokedAt: z.nullable(z.iso.datetime({ offset: true }))
});
var displayListResponseSchema = z.object({ items: z.array(displaySchema) });
var newDisplaySchema = z.object({
  name: displayNameSchema,
  departments: z.array(z.string().check(z.minLength(1))).check(z.maxLength(50)),
  playlist: displayPlaylistSchema
});
var createdDisplayResponseSchema = z.object({
  display: displaySchema,
  /** `/pair#<token>`, relative to the app's base. */
  link: z.string()
});
var pairDisplaySchema = z.object({
  token: z.string().check(z.minLength(20), z.maxLength(200))
});
var principalSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("anonymous") }),
  z.object({
    kind: z.literal("user"),
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    departments: z.array(z.string())
  }),
  z.object({
    kind: z.literal("display"),
    id: z.string(),
    name: z.string(),
    departments: z.array(z.string()),
    playlist: displayPlaylistSchema
  })
]);
var readAccessSchema = z.enum(["signed-in", "public"]);
var demoAccountSchema = z.object({
  username: z.string(),
  password: z.string(),
  role: roleSchema,
  departments: z.array(z.string()),
  displayName: z.string()
});
var sessionResponseSchema = z.object({
  principal: principalSchema,
  /** Whether anything can be read without signing in. */
  readAccess: readAccessSchema,
  /** Mock mode only: the demo accounts and their passwords. */
  demoAccounts: z.optional(z.array(demoAccountSchema)),
  /** This API has alerts (inbox, follows, webhooks): the server does, the mock does not. */
  alerts: z.optional(z.boolean())
});
var targetChangeInputSchema = z.object({
  target: z.object({
    value: targetSchema.shape.value,
    date: targetSchema.shape.date,
    comparator: targetSchema.shape.comparator,
    provenance: targetSchema.shape.provenance
  }),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500))
});
function refusalFor(who, action) {
  if (who.kind === "anonymous") return "signInRequired";
  if (who.kind === "display") return "readOnlyDisplay";
  if (who.role === "admin") return null;
  if (action.kind !== "record") return "adminOnly";
  if (who.role === "viewer") return "viewerReadOnly";
  return action.ownerIds.some((id) => who.departments.includes(id)) ? null : "outsideScope";
}
var mayRecord = (who, ownerIds) => refusalFor(who, { kind: "record", ownerIds }) === null;

// src/api/respond.ts
function problem(c, status2, code, message, details = {}) {
  return c.json({ error: { code, message, ...details } }, status2);
}
function describeIssues(issues) {
  return issues.map((i) => `${i.path || "record"}: ${i.code}`).join("; ");
}
async function jsonBody(c) {
  try {
    return await c.req.json();
  } catch {
    return void 0;
  }
}
var quoteId = (id) => JSON.stringify(id.slice(0, 60));

// src/api/auth.ts
var SESSION_COOKIE = "npf_session";
var ANONYMOUS = { kind: "anonymous" };
async function sha256Hex(text2) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text2));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
function randomToken() {
  const bytes2 = crypto.getRandomValues(new Uint8Array(32));
  let text2 = "";
  for (const b of bytes2) text2 += String.fromCharCode(b);
  return btoa(text2).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}
function isHttps(c, trustProxy) {
  if (new URL(c.req.url).protocol === "https:") return true;
  return trustProxy && (c.req.header("X-Forwarded-Proto") ?? "").split(",")[0]?.trim() === "https";
}
function cookieCarrier(trustProxy) {
  return {
    read: (c) => getCookie(c, SESSION_COOKIE),
    write(c, id) {
      const secure = isHttps(c, trustProxy);
      if (id === null) {
        deleteCookie(c, SESSION_COOKIE, { path: "/", secure, httpOnly: true, sameSite: "Strict" });
      } else {
        setCookie(c, SESSION_COOKIE, id, { path: "/", secure, httpOnly: true, sameSite: "Strict" });
      }
    }
  };
}
var TOUCH_EVERY_MS = 6e4;
var CACHE_MS = 5e3;
function createAuth(options, now) {
  const carrier = options.carrier ?? cookieCarrier(options.trustProxy ?? false);
  const { accounts } = options;
  const cache = /* @__PURE__ */ new Map();
  async function resolve2(c) {
    const raw = carrier.read(c);
    if (!raw || raw.length > 200) {
      return { principal: ANONYMOUS, sessionHash: null, ended: false, revoked: false };
    }
    const idHash = await sha256Hex(raw);
    const at = now();
    const cached = cache.get(idHash);
    if (cached && cached.until > at.getTime()) return cached.who;
    const ended = { principal: ANONYMOUS, sessionHash: null, ended: true, revoked: false };
    const session = await accounts.session(idHash);
    if (!session) return ended;
    const since = (iso2) => at.getTime() - Date.parse(iso2);
    let who;
    if (session.kind === "user") {
      if (since(session.lastSeenAt) > options.sessionIdleMs || since(session.createdAt) > options.sessionMaxMs) {
        await accounts.deleteSession(idHash);
        return ended;
      }
      const account = await accounts.account(session.subject);
      if (!account || account.disabled) {
        await accounts.deleteSession(idHash);
        return ended;
      }
      who = {
        principal: {
          kind: "user",
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          departments: account.role === "editor" ? account.departments : []
        },
        sessionHash: idHash,
        ended: false,
        revoked: false
      };
    } else {
      const display = await accounts.display(session.subject);
      if (!display || display.revokedAt) {
        return { principal: ANONYMOUS, sessionHash: null, ended: true, revoked: true };
      }
      who = {
        principal: {
          kind: "display",
          id: display.id,
          name: display.name,
          departments: display.departments,
          playlist: display.playlist
        },
        sessionHash: idHash,
        ended: false,
        revoked: false
      };
      if (!display.lastSeenAt || since(display.lastSeenAt) > TOUCH_EVERY_MS) {
        await accounts.updateDisplay(display.id, { lastSeenAt: at.toISOString() });
      }
    }
    if (since(session.lastSeenAt) > TOUCH_EVERY_MS) {
      await accounts.touchSession(idHash, at.toISOString());
    }
    cache.set(idHash, { who, until: at.getTime() + CACHE_MS });
    if (cache.size > 1e4) cache.delete(cache.keys().next().value ?? "");
    return who;
  }
  const middleware = async (c, next) => {
    const method = c.req.method;
    const unsafe = !["GET", "HEAD", "OPTIONS"].includes(method);
    if (unsafe && crossOrigin(c, options.trustProxy ?? false)) {
      return problem(c, 403, "crossOrigin", "a change must come from this application\u2019s own pages");
    }
    const who = await resolve2(c);
    c.set("who", who);
    const path = c.req.path.replace(/^\/api(?=\/)/, "");
    if (who.revoked && path !== "/display-session" && path !== "/session") {
      return problem(c, 401, "displayRevoked", "this screen has been unpaired by an admin");
    }
    if (!unsafe && options.readAccess === "signed-in" && who.principal.kind === "anonymous" && path !== "/session") {
      return who.ended ? problem(c, 401, "sessionExpired", "the session has ended; sign in again") : problem(c, 401, "signInRequired", "sign in to read the tracker");
    }
    await next();
  };
  return {
    options: { ...options, carrier },
    middleware,
    forget: () => cache.clear(),
    async startSession(c, kind, subject, at) {
      const id = randomToken();
      const iso2 = at.toISOString();
      await accounts.createSession({
        idHash: await sha256Hex(id),
        kind,
        subject,
        createdAt: iso2,
        lastSeenAt: iso2
      });
      carrier.write(c, id);
    },
    async stillValid(c) {
      const who = await resolve2(c);
      if (who.revoked || who.ended) return false;
      return options.readAccess === "public" || who.principal.kind !== "anonymous";
    },
    async endSession(c, who) {
      const raw = carrier.read(c);
      if (who.sessionHash) await accounts.deleteSession(who.sessionHash);
      else if (raw && raw.length <= 200) await accounts.deleteSession(await sha256Hex(raw));
      cache.clear();
      carrier.write(c, null);
    }
  };
}
function crossOrigin(c, trustProxy) {
  const site = c.req.header("Sec-Fetch-Site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = c.req.header("Origin");
  if (!origin) return false;
  if (origin === "null") return true;
  try {
    const forwarded = trustProxy ? c.req.header("X-Forwarded-Host") : void 0;
    const host = forwarded ?? c.req.header("Host") ?? new URL(c.req.url).host;
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
var REFUSALS = {
  signInRequired: { status: 401, message: "sign in to change anything" },
  readOnlyDisplay: { status: 403, message: "a wall screen only shows; it cannot change anything" },
  viewerReadOnly: { status: 403, message: "a viewer account reads only" },
  outsideScope: {
    status: 403,
    message: "only editors of a department that owns this indicator may record it"
  },
  adminOnly: { status: 403, message: "only an admin may do this" }
};
function refuse(c, action) {
  const who = c.get("who");
  const refusal = refusalFor(who.principal, action);
  if (refusal === null) return null;
  if (refusal === "signInRequired" && who.ended) {
    return problem(c, 401, "sessionExpired", "the session has ended; sign in again");
  }
  const { status: status2, message } = REFUSALS[refusal];
  return problem(c, status2, refusal, message);
}
function authorOf(c) {
  const { principal } = c.get("who");
  if (principal.kind !== "user") throw new Error("authorOf needs a signed-in account");
  return { author: principal.displayName, account: principal.username };
}

// src/api/store.ts
var StorageFailure = class extends Error {
  constructor(message) {
    super(message);
    this.name = "StorageFailure";
  }
};
var CorruptStore = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CorruptStore";
  }
};

// src/api/routes/entry.ts
import { Hono } from "hono";

// src/domain/entry.ts
var issueCodeSchema = z.enum([
  "required",
  "notANumber",
  "notADate",
  "futureDate",
  "afterSource",
  "outOfRange",
  "notWhole",
  "reportedWithoutSource",
  "citationRequired",
  "unknownOption",
  "unknownIndicator",
  "unknownDepartment",
  "wrongKind",
  "formulaLike",
  "duplicateInFile",
  "tooLong",
  "tooEarly",
  "outsideScope"
]);
var fieldIssueSchema = z.object({
  path: z.string(),
  code: issueCodeSchema,
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  /** The same in English words, for API clients that do not localise. */
  message: z.optional(z.string())
});
var authorSchema = z.optional(z.string().check(z.maxLength(80)));
var observationInputSchema = z.object({
  observation: observationSchema,
  author: authorSchema
});
var milestoneUpdateInputSchema = z.object({
  update: milestoneUpdateSchema,
  author: authorSchema
});
function plausibleRange(indicator) {
  const known = [
    ...indicator.observations.map((o) => o.value),
    ...indicator.targets.map((t) => t.value),
    ...indicator.baseline ? [indicator.baseline.value] : []
  ].filter((v) => Number.isFinite(v));
  const largest = known.length > 0 ? Math.max(...known) : 0;
  return {
    min: indicator.unit.kind === "rank" ? 1 : 0,
    max: largest > 0 ? largest * 10 : null,
    whole: indicator.unit.kind !== "currency"
  };
}
function checkProvenance(provenance, date, today) {
  if (provenance.kind !== "reported") return [];
  const issues = [];
  const cited = provenance.citation.date;
  if (cited > today) issues.push({ path: "provenance.citation.date", code: "futureDate" });
  else if (date > cited) issues.push({ path: "date", code: "afterSource", params: { cited } });
  return issues;
}
var MAX_TEXT = 200;
var MAX_LONG_TEXT = 2e3;
var EARLIEST_RECORD_DATE = "2000-01-01";
function checkEarliest(date, path) {
  return date < EARLIEST_RECORD_DATE ? [{ path, code: "tooEarly", params: { min: EARLIEST_RECORD_DATE } }] : [];
}
function checkRecordText(record) {
  const issues = [];
  const limit = (path, text2, max) => {
    if (text2 === void 0) return;
    const parts = typeof text2 === "string" ? [text2] : [text2.zh, text2.en];
    if (parts.some((t) => t.length > max) && !issues.some((i) => i.path === path)) {
      issues.push({ path, code: "tooLong", params: { max } });
    }
  };
  limit("note", record.note, MAX_LONG_TEXT);
  const p = record.provenance;
  if (p.kind === "illustrative") limit("note", p.note, MAX_LONG_TEXT);
  else {
    const c = p.citation;
    limit("provenance.citation.source", c.source, MAX_TEXT);
    limit("provenance.citation.speaker", c.speaker, MAX_TEXT);
    limit("provenance.citation.role", c.role, MAX_TEXT);
    limit("provenance.citation.event", c.event, MAX_TEXT);
    limit("provenance.citation.departmentId", c.departmentId, MAX_TEXT);
    limit("provenance.citation.quote", c.quote, MAX_LONG_TEXT);
    issues.push(...checkEarliest(c.date, "provenance.citation.date"));
  }
  return issues;
}
function checkDepartment(provenance, ctx) {
  if (provenance.kind !== "reported" || !ctx.departments) return [];
  return ctx.departments.has(provenance.citation.departmentId) ? [] : [{ path: "provenance.citation.departmentId", code: "unknownDepartment" }];
}
function checkObservation(indicator, observation, ctx) {
  if (indicator.kind !== "quantitative") return [{ path: "", code: "wrongKind" }];
  const issues = [...checkRecordText(observation)];
  issues.push(...checkEarliest(observation.date, "date"));
  if (observation.date > ctx.today) issues.push({ path: "date", code: "futureDate" });
  const { min, max, whole } = plausibleRange(indicator);
  if (observation.value < min || max !== null && observation.value > max) {
    issues.push({
      path: "value",
      code: "outOfRange",
      params: max === null ? { min } : { min, max }
    });
  } else if (whole && !Number.isInteger(observation.value)) {
    issues.push({ path: "value", code: "notWhole" });
  }
  if (observation.date <= ctx.today) {
    issues.push(...checkProvenance(observation.provenance, observation.date, ctx.today));
  }
  issues.push(...checkDepartment(observation.provenance, ctx));
  return issues;
}
function checkMilestoneUpdate(indicator, update, ctx) {
  if (indicator.kind !== "milestone") return [{ path: "", code: "wrongKind" }];
  const issues = [...checkRecordText(update)];
  issues.push(...checkEarliest(update.date, "date"));
  if (update.date > ctx.today) issues.push({ path: "date", code: "futureDate" });
  else issues.push(...checkProvenance(update.provenance, update.date, ctx.today));
  issues.push(...checkDepartment(update.provenance, ctx));
  return issues;
}
function issuesFromZod(error, prefix = "") {
  const issues = error.issues.map((issue) => {
    const parts = issue.path.map(String).filter((p) => p !== "zh" && p !== "en");
    const path = (prefix && parts[0] === prefix ? parts.slice(1) : parts).join(".");
    let code = "required";
    if (path === "provenance.citation.source" || path === "provenance.citation") {
      code = "reportedWithoutSource";
    } else if (path.startsWith("provenance.citation.")) code = "citationRequired";
    else if (issue.code === "invalid_type" && issue.expected === "number") code = "notANumber";
    else if (issue.code === "invalid_format" || issue.code === "custom") code = "notADate";
    else if (issue.code === "invalid_value" || issue.code === "invalid_union") {
      code = "unknownOption";
    } else if (issue.code === "too_big") code = "tooLong";
    return { path, code, message: issue.message };
  });
  return issues.filter((issue, i) => issues.findIndex((x) => x.path === issue.path) === i);
}
function previousRecord(records, date) {
  const same = records.find((r) => r.date === date);
  if (same) return { previous: same, replaced: true };
  const earlier = records.filter((r) => r.date < date).sort(byDate);
  return { previous: earlier.at(-1) ?? null, replaced: false };
}
function applyObservation(indicator, observation) {
  const others = indicator.observations.filter((o) => o.date !== observation.date);
  return { ...indicator, observations: [...others, observation].sort(byDate) };
}
function applyChange(indicator, change) {
  if ("observation" in change) {
    return indicator.kind === "quantitative" ? applyObservation(indicator, change.observation) : indicator;
  }
  if (indicator.kind !== "milestone") return indicator;
  const others = indicator.updates.filter((u) => u.date !== change.update.date);
  return { ...indicator, updates: [...others, change.update].sort(byDate) };
}

// src/domain/audit.ts
var auditBaseSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** When the change was saved, as an ISO timestamp. */
  at: z.iso.datetime({ offset: true }),
  author: z.string().check(z.minLength(1)),
  /** The account that made the change (its sign-in name); absent on entries from before accounts. */
  account: z.optional(z.string()),
  indicatorId: z.string().check(z.minLength(1)),
  /** The date of the record that changed: its key among the indicator's records. */
  key: isoDateSchema,
  /** True when a record on the same date was overwritten, false when one was added. */
  replaced: z.boolean(),
  via: z.enum(["form", "import"]),
  /** The indicator's version this change produced. */
  version: z.optional(z.int().check(z.positive()))
});
var auditEntrySchema = z.discriminatedUnion("field", [
  z.extend(auditBaseSchema, {
    field: z.literal("observation"),
    before: z.nullable(observationSchema),
    after: observationSchema
  }),
  z.extend(auditBaseSchema, {
    field: z.literal("milestoneUpdate"),
    before: z.nullable(milestoneUpdateSchema),
    after: milestoneUpdateSchema
  }),
  z.extend(auditBaseSchema, {
    field: z.literal("target"),
    /** The target in force until this change (the latest set), null when there was none. */
    before: z.nullable(targetSchema),
    after: targetSchema,
    /** Why the target changed, as the admin gave it. */
    reason: z.string().check(z.minLength(1))
  })
]);
var auditListResponseSchema = z.object({ items: z.array(auditEntrySchema) });
function auditEntryFor(indicator, change, meta) {
  const base2 = { ...meta, author: meta.author.trim(), indicatorId: indicator.id };
  if ("observation" in change) {
    const records2 = indicator.kind === "quantitative" ? indicator.observations : [];
    const { previous: previous2, replaced: replaced2 } = previousRecord(records2, change.observation.date);
    return {
      ...base2,
      field: "observation",
      key: change.observation.date,
      replaced: replaced2,
      before: previous2,
      after: change.observation
    };
  }
  const records = indicator.kind === "milestone" ? indicator.updates : [];
  const { previous, replaced } = previousRecord(records, change.update.date);
  return {
    ...base2,
    field: "milestoneUpdate",
    key: change.update.date,
    replaced,
    before: previous,
    after: change.update
  };
}
var changeResponseSchema = z.object({
  indicator: indicatorSchema,
  audit: auditEntrySchema
});

// src/domain/status.ts
var STATUSES = ["achieved", "onTrack", "atRisk", "offTrack", "insufficientData"];
var THRESHOLDS = {
  /** ratio ≥ 0.95: substantial progress, on track */
  onTrack: 0.95,
  /** 0.6 ≤ ratio < 0.95: moderate progress, at risk */
  atRisk: 0.6,
  /** An "about" target counts as met within this share of the target. */
  aboutTolerance: 0.05
};
var STALE_AFTER_DAYS = {
  monthly: 45,
  quarterly: 120,
  semiannual: 240,
  annual: 500,
  oneOff: null
};
var ILLUSTRATIVE_INPUTS = [
  "baseline",
  "latest",
  "target",
  "targetDate",
  "due",
  "progress"
];
function assess(indicator, today) {
  return indicator.kind === "quantitative" ? assessQuantitative(indicator, today) : assessMilestone(indicator, today);
}
function currentTarget(targets, today) {
  const inForce = targets.filter((t) => t.setOn <= today).sort((a, b) => a.setOn < b.setOn ? -1 : 1);
  const target = inForce.at(-1) ?? null;
  return { target, superseded: inForce.slice(0, -1) };
}
function meetsTarget(value, target, direction) {
  switch (target.comparator) {
    case "atLeast":
      return value >= target.value;
    case "atMost":
      return value <= target.value;
    case "about": {
      const better = direction === "higherIsBetter" ? value >= target.value : value <= target.value;
      const close = Math.abs(value - target.value) <= THRESHOLDS.aboutTolerance * Math.abs(target.value);
      return better || close;
    }
  }
}
function bandOf(ratio) {
  if (ratio >= THRESHOLDS.onTrack) return "substantial";
  if (ratio >= THRESHOLDS.atRisk) return "moderate";
  if (ratio >= 0) return "limited";
  return "deteriorating";
}
function statusOfBand(band) {
  if (band === "substantial") return "onTrack";
  if (band === "moderate") return "atRisk";
  return "offTrack";
}
function rate(from, to, years, method) {
  return method === "compound" ? (to / from) ** (1 / years) - 1 : (to - from) / years;
}
function pathValue(base2, perYear, years, method) {
  return method === "compound" ? base2 * (1 + perYear) ** years : base2 + perYear * years;
}
function staleness(cadence, latestDate, today) {
  const staleAfterDays = STALE_AFTER_DAYS[cadence];
  const ageDays = latestDate ? daysBetween(latestDate, today) : null;
  const stale = staleAfterDays !== null && ageDays !== null && ageDays > staleAfterDays;
  return { staleAfterDays, ageDays, stale };
}
function assessQuantitative(ind, today) {
  const observations = ind.observations.filter((o) => o.date <= today).sort(byDate);
  const latest = observations.at(-1) ?? null;
  const first = observations[0] ?? null;
  const baseline = ind.baseline ? { date: ind.baseline.date, value: ind.baseline.value } : first ? { date: first.date, value: first.value } : null;
  const { target, superseded } = currentTarget(ind.targets, today);
  const inputs = {
    kind: "quantitative",
    today,
    latest,
    baseline,
    target,
    supersededTargets: superseded,
    progress: null,
    expectedAtLatest: null,
    expectedToday: null,
    observedRate: null,
    requiredRate: null,
    ratio: null,
    band: null,
    method: null,
    approximate: latest && latest.qualifier !== "exact" ? latest.qualifier : null
  };
  const age = staleness(ind.cadence, latest?.date ?? null, today);
  const baselineProvenance = ind.baseline?.provenance ?? first?.provenance;
  const made = {
    baseline: baselineProvenance?.kind === "illustrative",
    latest: latest?.provenance.kind === "illustrative",
    target: target?.provenance.kind === "illustrative",
    targetDate: (target?.dateProvenance ?? target?.provenance)?.kind === "illustrative",
    due: false,
    progress: false
  };
  const result = (status2, reason, restsOn = []) => ({
    status: status2,
    reason,
    illustrative: ILLUSTRATIVE_INPUTS.filter((k) => restsOn.includes(k) && made[k]),
    inputs,
    ...age,
    // A context figure is not a commitment: nothing to bring up to date for.
    ...status2 === null ? { stale: false } : {}
  });
  if (!latest) {
    return ind.context && !target ? result(null, "context") : result("insufficientData", "noObservations");
  }
  if (!target)
    return ind.context ? result(null, "context") : result("insufficientData", "noTarget");
  if (baseline && target.value !== baseline.value) {
    inputs.progress = (latest.value - baseline.value) / (target.value - baseline.value);
  }
  if (meetsTarget(latest.value, target, ind.direction)) {
    if (inputs.progress === null) inputs.progress = 1;
    if (target.provenance.kind === "illustrative" && latest.date <= target.setOn) {
      return result("insufficientData", "targetMetWhenSet", ["latest", "target"]);
    }
    return result("achieved", "targetMet", ["latest", "target"]);
  }
  if (!baseline || latest.date <= baseline.date) {
    return result("insufficientData", "singleValue", ["latest", "target"]);
  }
  const method = baseline.value > 0 && target.value > 0 && latest.value > 0 ? "compound" : "linear";
  const requiredYears = yearsBetween(baseline.date, target.date);
  const requiredRate = requiredYears > 0 ? rate(baseline.value, target.value, requiredYears, method) : null;
  const observedRate = rate(
    baseline.value,
    latest.value,
    yearsBetween(baseline.date, latest.date),
    method
  );
  inputs.method = method;
  inputs.observedRate = observedRate;
  inputs.requiredRate = requiredRate;
  if (requiredRate !== null) {
    const toPath = (date) => pathValue(
      baseline.value,
      requiredRate,
      Math.min(yearsBetween(baseline.date, date), requiredYears),
      method
    );
    inputs.expectedAtLatest = toPath(latest.date);
    inputs.expectedToday = toPath(today);
  }
  if (today > target.date) {
    return result("offTrack", "targetDatePassed", ["latest", "target", "targetDate"]);
  }
  if (requiredRate === null || requiredRate === 0) {
    return result("offTrack", "noRequiredChange", ["baseline", "latest", "target"]);
  }
  inputs.ratio = observedRate / requiredRate;
  inputs.band = bandOf(inputs.ratio);
  return result(statusOfBand(inputs.band), "growthRatio", [
    "baseline",
    "latest",
    "target",
    "targetDate"
  ]);
}
function assessMilestone(ind, today) {
  const updates = ind.updates.filter((u) => u.date <= today).sort(byDate);
  const latest = updates.at(-1) ?? null;
  const start = ind.commitment.date;
  const span = daysBetween(start, ind.due.date);
  const inputs = {
    kind: "milestone",
    today,
    state: latest?.state ?? null,
    stateDate: latest?.date ?? null,
    due: ind.due.date,
    start,
    elapsed: span > 0 ? daysBetween(start, today) / span : 1
  };
  const age = staleness(ind.cadence, latest?.date ?? null, today);
  const made = {
    baseline: false,
    latest: false,
    target: false,
    targetDate: false,
    due: ind.due.provenance.kind === "illustrative",
    progress: latest?.provenance.kind === "illustrative"
  };
  const result = (status2, reason, restsOn, stale = age.stale) => ({
    status: status2,
    reason,
    illustrative: ILLUSTRATIVE_INPUTS.filter((k) => restsOn.includes(k) && made[k]),
    inputs,
    ...age,
    stale
  });
  if (!latest) return result("insufficientData", "noUpdates", []);
  if (latest.state === "done") return result("achieved", "milestoneDone", ["progress"], false);
  if (latest.state === "delayed") return result("offTrack", "milestoneDelayed", ["progress"]);
  if (today > ind.due.date) return result("offTrack", "milestonePastDue", ["progress", "due"]);
  if (latest.state === "notStarted") {
    return inputs.elapsed > 0.5 ? result("atRisk", "milestoneNotStartedLate", ["progress", "due"]) : result("onTrack", "milestoneNotStarted", ["progress", "due"]);
  }
  return result("onTrack", "milestoneInProgress", ["progress", "due"]);
}

// src/domain/targets.ts
var LATEST_TARGET_DATE = "2100-12-31";
function checkTargetChange(indicator, input, ctx) {
  if (indicator.kind !== "quantitative") return [{ path: "", code: "wrongKind" }];
  const { target } = input;
  const issues = [...checkRecordText({ provenance: target.provenance })];
  issues.push(...checkEarliest(target.date, "date"));
  if (target.date > LATEST_TARGET_DATE) {
    issues.push({ path: "date", code: "notADate" });
  }
  const whole = indicator.unit.kind !== "currency";
  if (!Number.isFinite(target.value) || target.value < (indicator.unit.kind === "rank" ? 1 : 0)) {
    issues.push({
      path: "value",
      code: "outOfRange",
      params: { min: indicator.unit.kind === "rank" ? 1 : 0 }
    });
  } else if (whole && !Number.isInteger(target.value)) {
    issues.push({ path: "value", code: "notWhole" });
  }
  issues.push(...checkProvenance(target.provenance, ctx.today, ctx.today));
  issues.push(...checkDepartment(target.provenance, ctx));
  return issues;
}
function targetFrom(input, today) {
  return { ...input.target, setOn: today };
}
function applyTarget(indicator, target) {
  const others = indicator.targets.filter((t) => t.setOn !== target.setOn);
  return {
    ...indicator,
    targets: [...others, target].sort(
      (a, b) => a.setOn < b.setOn ? -1 : a.setOn > b.setOn ? 1 : 0
    )
  };
}
function targetAuditEntry(indicator, target, reason, meta) {
  const before = currentTarget(indicator.targets, target.setOn).target;
  return {
    ...meta,
    author: meta.author.trim(),
    indicatorId: indicator.id,
    field: "target",
    key: target.setOn,
    replaced: indicator.targets.some((t) => t.setOn === target.setOn),
    before,
    after: target,
    reason: reason.trim()
  };
}

// src/api/routes/entry.ts
function recordChange(change, check) {
  return {
    make(current, ctx, meta) {
      const issues = check(current, ctx);
      if (issues.length > 0) return { issues };
      return {
        indicator: applyChange(current, change),
        audit: auditEntryFor(current, change, meta)
      };
    }
  };
}
function ifMatchVersion(header) {
  if (header === void 0 || header.trim() === "") return null;
  const m = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  return m ? Number(m[1]) : Number.NaN;
}
function entryRoutes(api) {
  const { store } = api;
  async function record(c, action, read) {
    const id = c.req.param("id") ?? "";
    const who = c.get("who").principal;
    const editor = who.kind === "user" && who.role === "editor" && action === "record";
    let early;
    if (editor) {
      const indicator = await store.indicator(id);
      if (!indicator) return problem(c, 404, "notFound", `no indicator ${quoteId(id)}`);
      early = refuse(c, { kind: "record", ownerIds: indicator.ownerIds });
    } else {
      early = refuse(
        c,
        action === "record" ? { kind: "record", ownerIds: [] } : { kind: "setTarget" }
      );
    }
    if (early) return early;
    const body = await jsonBody(c);
    if (body === void 0) return problem(c, 400, "badRequest", "the body must be JSON");
    const based = ifMatchVersion(c.req.header("If-Match"));
    if (based === null) {
      return problem(
        c,
        428,
        "preconditionRequired",
        "send If-Match with the version (ETag) of the indicator the change is based on"
      );
    }
    if (Number.isNaN(based)) {
      return problem(c, 400, "badRequest", 'If-Match must be an ETag of this API, e.g. "3"');
    }
    const parsed = read(body);
    if ("issues" in parsed) {
      return problem(c, 422, "invalidRecord", describeIssues(parsed.issues), {
        issues: parsed.issues
      });
    }
    const { author, account } = authorOf(c);
    const ctx = await api.checkContext();
    const outcome = await store.transact(async (tx) => {
      const [current] = await tx.lock([id]);
      if (!current) return { kind: "notFound" };
      const refused = action === "record" ? refuse(c, { kind: "record", ownerIds: current.ownerIds }) : refuse(c, { kind: "setTarget" });
      if (refused) return { kind: "forbidden", refused };
      const version = current.version ?? 1;
      if (version !== based) return { kind: "stale", current };
      const next = version + 1;
      const made = parsed.make(current, ctx, {
        id: api.newId(),
        at: api.now().toISOString(),
        author,
        account,
        via: "form"
      });
      if ("issues" in made) return { kind: "refused", issues: made.issues };
      const indicator = { ...made.indicator, version: next };
      const audit = { ...made.audit, version: next };
      await tx.save([indicator], [audit]);
      return { kind: "saved", indicator, audit };
    });
    switch (outcome.kind) {
      case "notFound":
        return problem(c, 404, "notFound", `no indicator ${quoteId(id)}`);
      case "forbidden":
        return outcome.refused;
      case "stale": {
        const changes = (await store.audit(id)).filter((e) => (e.version ?? 0) > based);
        const version = outcome.current.version ?? 1;
        c.header("ETag", `"${version}"`);
        return problem(
          c,
          412,
          "versionMismatch",
          `the indicator changed since version ${based}; it is now at version ${version}`,
          { current: outcome.current, changes }
        );
      }
      case "refused":
        return problem(c, 422, "invalidRecord", describeIssues(outcome.issues), {
          issues: outcome.issues
        });
      case "saved":
        api.committed();
        c.header("ETag", `"${outcome.indicator.version}"`);
        return c.json({ indicator: outcome.indicator, audit: outcome.audit }, 201);
    }
  }
  return new Hono().post(
    "/indicators/:id/observations",
    (c) => record(c, "record", (body) => {
      const parsed = observationInputSchema.safeParse(body);
      if (!parsed.success) return { issues: issuesFromZod(parsed.error, "observation") };
      const { observation } = parsed.data;
      return recordChange(
        { observation },
        (indicator, ctx) => checkObservation(indicator, observation, ctx)
      );
    })
  ).post(
    "/indicators/:id/milestone-updates",
    (c) => record(c, "record", (body) => {
      const parsed = milestoneUpdateInputSchema.safeParse(body);
      if (!parsed.success) return { issues: issuesFromZod(parsed.error, "update") };
      const { update } = parsed.data;
      return recordChange(
        { update },
        (indicator, ctx) => checkMilestoneUpdate(indicator, update, ctx)
      );
    })
  ).post(
    "/indicators/:id/targets",
    (c) => record(c, "setTarget", (body) => {
      const parsed = targetChangeInputSchema.safeParse(body);
      if (!parsed.success) return { issues: issuesFromZod(parsed.error, "target") };
      const input = parsed.data;
      return {
        make(current, ctx, meta) {
          const issues = checkTargetChange(current, input, ctx);
          if (issues.length > 0 || current.kind !== "quantitative") return { issues };
          const target = targetFrom(input, ctx.today);
          return {
            indicator: applyTarget(current, target),
            audit: targetAuditEntry(current, target, input.reason, meta)
          };
        }
      };
    })
  ).get("/indicators/:id/audit", async (c) => {
    const id = c.req.param("id");
    if (!await store.indicator(id)) {
      return problem(c, 404, "notFound", `no indicator ${quoteId(id)}`);
    }
    return c.json({ items: await store.audit(id) });
  });
}

// src/api/routes/events.ts
import { Hono as Hono2 } from "hono";

// src/api/change-hub.ts
var encoder = new TextEncoder();
function changeMessage(event) {
  return encoder.encode(`id: ${event.revision}
event: change
data: ${JSON.stringify(event)}

`);
}
function createChangeHub(store, options = {}) {
  const { pollMs = 1e4, batch = 500, onError = () => void 0 } = options;
  const subscribers = /* @__PURE__ */ new Set();
  let cursor = null;
  let starting = null;
  let reading = false;
  let again = false;
  let closed = false;
  let timer = null;
  const start = () => starting ??= store.revision().then(
    (revision) => {
      cursor ??= revision;
      poke();
    },
    (error) => {
      starting = null;
      throw error;
    }
  );
  async function readNew() {
    if (cursor === null) return;
    for (; ; ) {
      const found = await store.changes(cursor, batch);
      if (found.reset) {
        cursor = found.revision;
        for (const s of subscribers) s.reset(found.revision);
        return;
      }
      for (const event of found.events) {
        if (event.revision <= cursor) continue;
        cursor = event.revision;
        const message = changeMessage(event);
        for (const s of subscribers) s.change(event, message);
      }
      if (found.events.length < batch) return;
    }
  }
  function poke() {
    if (closed || cursor === null) return;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    void readNew().catch(onError).finally(() => {
      reading = false;
      if (again) {
        again = false;
        poke();
      }
    });
  }
  function watch() {
    if (timer === null && pollMs > 0 && subscribers.size > 0) {
      timer = setInterval(poke, pollMs);
      timer.unref?.();
    } else if (timer !== null && subscribers.size === 0) {
      clearInterval(timer);
      timer = null;
    }
  }
  return {
    async subscribe(subscriber) {
      if (closed) throw new Error("the change feed is closed");
      await start();
      subscribers.add(subscriber);
      watch();
      return () => {
        subscribers.delete(subscriber);
        watch();
      };
    },
    poke,
    size: () => subscribers.size,
    close() {
      closed = true;
      for (const s of [...subscribers]) s.close();
      subscribers.clear();
      watch();
    }
  };
}

// src/api/routes/events.ts
function lastEventId(value) {
  if (value === void 0 || value.trim() === "") return null;
  return /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
}
var encoder2 = new TextEncoder();
var BACKLOG_BATCH = 500;
var HEARTBEAT = encoder2.encode(": heartbeat\n\n");
function eventRoutes(api, feed) {
  const { hub, heartbeatMs = 15e3, maxQueued = 1e3 } = feed;
  const { store } = api;
  return new Hono2().get("/events", (c) => {
    const after = lastEventId(c.req.header("Last-Event-ID") ?? c.req.query("lastEventId"));
    if (Number.isNaN(after)) {
      return problem(c, 400, "badRequest", "Last-Event-ID must be an event id of this feed");
    }
    let stop = () => {
    };
    const body = new ReadableStream({
      start(controller) {
        stop = follow(controller, after, () => api.auth.stillValid(c));
      },
      cancel: () => stop()
    });
    return c.body(body, 200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache",
      // Proxies that buffer answers (nginx) are told not to hold this one.
      "X-Accel-Buffering": "no"
    });
  });
  function follow(controller, after, stillValid) {
    let last = -1;
    let ended = false;
    let heartbeat = null;
    let unsubscribe = () => {
    };
    const end = () => {
      if (ended) return;
      ended = true;
      if (heartbeat) clearInterval(heartbeat);
      unsubscribe();
      try {
        controller.close();
      } catch {
      }
    };
    const send = (message) => {
      if (ended) return;
      if ((controller.desiredSize ?? 0) < -maxQueued) {
        end();
        return;
      }
      controller.enqueue(message);
    };
    const resetMessage = (revision) => encoder2.encode(`id: ${revision}
event: reset
data: {"revision":${revision}}

`);
    let held = [];
    const subscriber = {
      change(event, message) {
        if (held) held.push({ revision: event.revision, message });
        else if (event.revision > last) {
          last = event.revision;
          send(message);
        }
      },
      reset(revision) {
        last = revision;
        send(resetMessage(revision));
      },
      close: end
    };
    const catchUp = async () => {
      const stopListening = await hub.subscribe(subscriber);
      if (ended) {
        stopListening();
        return;
      }
      unsubscribe = stopListening;
      if (after === null) {
        last = await store.revision();
        send(encoder2.encode(`id: ${last}
event: ready
data: {"revision":${last}}

`));
      } else {
        last = after;
        send(encoder2.encode(`: resuming after ${after}

`));
        for (; ; ) {
          const found = await store.changes(last, BACKLOG_BATCH);
          if (found.reset) {
            last = found.revision;
            send(resetMessage(found.revision));
            break;
          }
          for (const event of found.events) {
            last = event.revision;
            send(changeMessage(event));
          }
          if (found.events.length < BACKLOG_BATCH) break;
        }
      }
      const waiting = held ?? [];
      held = null;
      for (const { revision, message } of waiting) {
        if (revision > last) {
          last = revision;
          send(message);
        }
      }
      if (!ended) {
        heartbeat = setInterval(() => {
          send(HEARTBEAT);
          stillValid().then(
            (ok) => {
              if (!ok) end();
            },
            () => void 0
          );
        }, heartbeatMs);
      }
    };
    catchUp().catch(end);
    return end;
  }
}

// src/api/routes/imports.ts
import { Hono as Hono3 } from "hono";

// src/domain/csv-import.ts
import Papa from "papaparse";

// src/domain/entry-draft.ts
var FIELD_PATH = {
  date: "date",
  value: "value",
  qualifier: "qualifier",
  note: "note",
  state: "state",
  provenance: "provenance.kind",
  source: "provenance.citation.source",
  speaker: "provenance.citation.speaker",
  role: "provenance.citation.role",
  departmentId: "provenance.citation.departmentId",
  citationDate: "provenance.citation.date",
  event: "provenance.citation.event",
  quote: "provenance.citation.quote"
};
function fieldOfPath(path) {
  if (path === "provenance") return "provenance";
  if (path === "provenance.citation") return "source";
  const found = Object.keys(FIELD_PATH).find((f) => FIELD_PATH[f] === path);
  return found ?? null;
}
var EMPTY_PROVENANCE_DRAFT = {
  provenance: "illustrative",
  source: "",
  speaker: "",
  role: "",
  departmentId: "",
  citationDate: "",
  event: "",
  quote: ""
};
var FULL_WIDTH_DIGIT = /[\uff10-\uff19\uff0e\uff0d]/g;
var MULTIPLIERS = [
  ["\u4E07\u4EBF", 1e12],
  ["\u4EBF", 1e8],
  ["\u4E07", 1e4]
];
function parseNumberInput(text2, unitLabels = []) {
  let s = text2.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 65248)).replace(/[\s,，_]/g, "");
  for (const label of unitLabels) if (label && s.endsWith(label)) s = s.slice(0, -label.length);
  let factor = 1;
  for (const [suffix, m] of MULTIPLIERS) {
    if (s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length);
      factor = m;
      break;
    }
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const value = Number((Number(s) * factor).toPrecision(15));
  return Number.isFinite(value) ? value : null;
}
function parseDateInput(text2) {
  const [, y = "", m = "", d = ""] = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text2.trim()) ?? [];
  const iso2 = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return isoDateSchema.safeParse(iso2).success ? iso2 : null;
}
var QUALIFIERS = {
  "": "exact",
  exact: "exact",
  \u7CBE\u786E: "exact",
  about: "about",
  \u7EA6: "about",
  nearly: "nearly",
  \u8FD1: "nearly",
  over: "over",
  \u8D85: "over",
  // 前N (within the top N) is a rank's, not a form option; an import may still say so.
  withintop: "withinTop",
  \u524D: "withinTop"
};
function parseQualifier(text2) {
  return QUALIFIERS[text2.trim().toLowerCase()] ?? null;
}
var PROVENANCES = {
  reported: "reported",
  \u516C\u5F00\u53D1\u5E03: "reported",
  illustrative: "illustrative",
  \u793A\u610F: "illustrative"
};
var both = (text2) => ({ zh: text2, en: text2 });
var Issues = class {
  list = [];
  add(field, code, params) {
    const path = FIELD_PATH[field];
    if (!this.list.some((i) => i.path === path))
      this.list.push({ path, code, ...params ? { params } : {} });
  }
  text(field, value, max = MAX_TEXT) {
    const t = value.trim();
    if (t.length > max) this.add(field, "tooLong", { max });
    return t;
  }
};
function parseProvenance(d, note, issues) {
  const before = issues.list.length;
  const kind = PROVENANCES[d.provenance.trim().toLowerCase()];
  if (!kind) {
    issues.add("provenance", d.provenance.trim() ? "unknownOption" : "required");
    return null;
  }
  if (kind === "illustrative") {
    return note ? { kind, note: both(note) } : { kind };
  }
  const source = issues.text("source", d.source);
  if (!source) issues.add("source", "reportedWithoutSource");
  const required = { speaker: d.speaker, role: d.role, quote: d.quote };
  for (const [field, value] of Object.entries(required)) {
    if (!issues.text(field, value, field === "quote" ? MAX_LONG_TEXT : MAX_TEXT)) {
      issues.add(field, "citationRequired");
    }
  }
  const date = parseDateInput(d.citationDate);
  if (!d.citationDate.trim()) issues.add("citationDate", "citationRequired");
  else if (!date) issues.add("citationDate", "notADate");
  const departmentId = d.departmentId.trim();
  if (!departmentId) issues.add("departmentId", "citationRequired");
  const event = issues.text("event", d.event) || source;
  if (!source || !date || !departmentId || issues.list.length > before) return null;
  return {
    kind,
    citation: {
      speaker: both(d.speaker.trim()),
      role: both(d.role.trim()),
      departmentId,
      date,
      source: both(source),
      event: both(event),
      quote: d.quote.trim()
    }
  };
}
function parseDate(text2, issues) {
  const date = parseDateInput(text2);
  if (!text2.trim()) issues.add("date", "required");
  else if (!date) issues.add("date", "notADate");
  return date;
}
function validateObservationDraft(d, indicator, ctx) {
  const issues = new Issues();
  const date = parseDate(d.date, issues);
  const labels = indicator.kind === "quantitative" ? [indicator.unit.label.zh] : [];
  const value = parseNumberInput(d.value, labels);
  if (!d.value.trim()) issues.add("value", "required");
  else if (value === null) issues.add("value", "notANumber");
  const qualifier = parseQualifier(d.qualifier);
  if (!qualifier) issues.add("qualifier", "unknownOption");
  const note = issues.text("note", d.note, MAX_LONG_TEXT);
  const provenance = parseProvenance(d, note, issues);
  const probe = {
    date: date ?? ctx.today,
    value: value ?? 0,
    qualifier: qualifier ?? "exact",
    provenance: provenance ?? { kind: "illustrative" },
    ...note ? { note: both(note) } : {}
  };
  const checked2 = checkObservation(indicator, probe, ctx).filter(
    (i) => (i.path !== "value" || value !== null) && (i.path !== "date" || date !== null)
  );
  for (const i of checked2) {
    if (!issues.list.some((x) => x.path === i.path)) issues.list.push(i);
  }
  return { observation: issues.list.length === 0 ? probe : null, issues: issues.list };
}

// src/domain/import-schemas.ts
var MAX_IMPORT_ROWS = 1e3;
var importRowSchema = z.object({
  /** The spreadsheet row (the header is row 1). */
  row: z.int().check(z.minimum(2)),
  cells: z.record(z.string(), z.string().check(z.maxLength(4e3)))
});
var importRequestSchema = z.object({
  author: authorSchema,
  rows: z.array(importRowSchema).check(z.minLength(1), z.maxLength(MAX_IMPORT_ROWS))
});
var importRowReportSchema = z.object({
  row: z.int(),
  indicatorId: z.string(),
  status: z.enum(["accepted", "rejected"]),
  issues: z.array(fieldIssueSchema)
});
var importReportSchema = z.object({
  /** False when any row was refused: the import is all or nothing. */
  written: z.boolean(),
  accepted: z.int().check(z.nonnegative()),
  rejected: z.int().check(z.nonnegative()),
  rows: z.array(importRowReportSchema)
});

// src/domain/csv-import.ts
var IMPORT_COLUMNS = [
  "indicator_id",
  "date",
  "value",
  "qualifier",
  "provenance",
  "source",
  "speaker",
  "role",
  "department",
  "citation_date",
  "event",
  "quote",
  "note"
];
var COLUMN_FIELDS = [
  ["date", "date"],
  ["value", "value"],
  ["qualifier", "qualifier"],
  ["provenance", "provenance"],
  ["source", "source"],
  ["speaker", "speaker"],
  ["role", "role"],
  ["department", "departmentId"],
  ["citation_date", "citationDate"],
  ["event", "event"],
  ["quote", "quote"],
  ["note", "note"]
];
function columnOfField(field) {
  return COLUMN_FIELDS.find(([, f]) => f === field)?.[0] ?? "indicator_id";
}
function isFormulaLike(cell) {
  const trimmed = cell.trimStart();
  return /^[=+@\t\r]/.test(cell) || /^[=+@]/.test(trimmed) || /^-(?![\d.])/.test(trimmed);
}
function validateImportRows(rows, indicators2, ctx, mayRecord2 = () => true) {
  const byId = new Map(indicators2.map((i) => [i.id, i]));
  const seen = /* @__PURE__ */ new Set();
  return rows.map(({ row, cells }) => {
    const cell = (c) => cells[c] ?? "";
    const indicatorId = cell("indicator_id").trim();
    const issues = [];
    for (const column of IMPORT_COLUMNS) {
      if (isFormulaLike(cell(column))) issues.push({ path: column, code: "formulaLike" });
    }
    const indicator = byId.get(indicatorId);
    let observation = null;
    if (!indicatorId) issues.push({ path: "indicator_id", code: "required" });
    else if (!indicator) issues.push({ path: "indicator_id", code: "unknownIndicator" });
    else if (!mayRecord2(indicator)) issues.push({ path: "indicator_id", code: "outsideScope" });
    else if (indicator.kind !== "quantitative") {
      issues.push({ path: "indicator_id", code: "wrongKind" });
    } else {
      const draft = {
        ...EMPTY_PROVENANCE_DRAFT,
        date: "",
        value: "",
        qualifier: "",
        note: ""
      };
      for (const [column, field] of COLUMN_FIELDS) draft[field] = cell(column);
      if (!draft.departmentId.trim()) draft.departmentId = indicator.ownerIds[0] ?? "";
      const result = validateObservationDraft(draft, indicator, ctx);
      for (const issue of result.issues) {
        const column = columnOfField(fieldOfPath(issue.path));
        if (!issues.some((i) => i.path === column)) issues.push({ ...issue, path: column });
      }
      observation = result.observation;
      const key = `${indicatorId}|${observation?.date ?? ""}`;
      if (observation && seen.has(key)) issues.push({ path: "date", code: "duplicateInFile" });
      seen.add(key);
    }
    const accepted = issues.length === 0;
    return {
      report: { row, indicatorId, status: accepted ? "accepted" : "rejected", issues },
      observation: accepted ? observation : null
    };
  });
}
function summarise(rows, written) {
  const reports = rows.map((r) => r.report);
  const accepted = reports.filter((r) => r.status === "accepted").length;
  return { written, accepted, rejected: reports.length - accepted, rows: reports };
}

// src/api/routes/imports.ts
function importRoutes(api) {
  return new Hono3().post("/imports", async (c) => {
    const who = c.get("who").principal;
    if (!(who.kind === "user" && who.role === "editor")) {
      const refused = refuse(c, { kind: "record", ownerIds: [] });
      if (refused) return refused;
    }
    const body = await jsonBody(c);
    if (body === void 0) return problem(c, 400, "badRequest", "the body must be JSON");
    const parsed = importRequestSchema.safeParse(body);
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error);
      return problem(c, 422, "invalidRequest", describeIssues(issues), { issues });
    }
    const { rows } = parsed.data;
    const { author, account } = authorOf(c);
    const ctx = await api.checkContext();
    const ids = [...new Set(rows.map((r) => (r.cells.indicator_id ?? "").trim()))].sort();
    const outcome = await api.store.transact(async (tx) => {
      const locked = await tx.lock(ids);
      const checked2 = validateImportRows(
        rows,
        locked,
        ctx,
        (indicator) => mayRecord(who, indicator.ownerIds)
      );
      const rejected = checked2.filter((r) => r.report.status === "rejected");
      if (rejected.length > 0) return { written: false, checked: checked2, rejected };
      const changed = /* @__PURE__ */ new Map();
      const entries = [];
      const meta = {
        id: api.newId(),
        at: api.now().toISOString(),
        author,
        account,
        via: "import"
      };
      checked2.forEach(({ report, observation }, i) => {
        const current = changed.get(report.indicatorId) ?? locked.find((x) => x.id === report.indicatorId);
        if (!current || current.kind !== "quantitative" || !observation) return;
        const version = (locked.find((x) => x.id === current.id)?.version ?? 1) + 1;
        entries.push({
          ...auditEntryFor(current, { observation }, { ...meta, id: `${meta.id}-${i + 1}` }),
          version
        });
        changed.set(current.id, { ...applyObservation(current, observation), version });
      });
      await tx.save([...changed.values()], entries);
      return { written: true, checked: checked2, rejected };
    });
    if (!outcome.written) {
      const { checked: checked2, rejected } = outcome;
      const rowsNamed = rejected.map((r) => r.report.row).join(", ");
      return problem(
        c,
        422,
        "importRejected",
        `${rejected.length} of ${checked2.length} rows refused (rows ${rowsNamed}); nothing was written`,
        { report: summarise(checked2, false) }
      );
    }
    api.committed();
    return c.json(summarise(outcome.checked, true), 201);
  });
}

// src/api/routes/indicators.ts
import { Hono as Hono4 } from "hono";

// src/domain/ids.ts
var recordIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));
function isRecordId(raw) {
  return recordIdSchema.safeParse(raw).success;
}

// src/domain/url-params.ts
function shortened(value) {
  return value.length > 40 ? `${value.slice(0, 40)}\u2026` : value;
}
function listParam(params, name) {
  return params.getAll(name).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}
function unknownParams(params, known) {
  const owned = /* @__PURE__ */ new Set([...known, "mock"]);
  return [...new Set(params.keys())].filter((name) => !owned.has(name)).map((name) => ({ param: shortened(name), value: shortened(params.get(name) ?? "") }));
}
function isOneOf(options, value) {
  return options.includes(value);
}

// src/domain/filters.ts
var STATUS_FILTERS = [...STATUSES, "stale"];
var FILTER_PARAMS = ["dept", "thrust", "status", "q"];
var MAX_QUERY_LENGTH = 100;
function parseFilters(params, knownDepartments, ownParams = []) {
  const notices = [];
  const single = (name) => {
    const all = params.getAll(name);
    if (all.length > 1)
      notices.push({ param: name, value: shortened(all.join(", ")), reason: "repeated" });
    return all[0] ?? null;
  };
  const departments2 = [];
  for (const id of listParam(params, "dept")) {
    if (!isRecordId(id)) {
      notices.push({ param: "dept", value: shortened(id), reason: "malformedDepartment" });
    } else if (knownDepartments && !knownDepartments.has(id)) {
      notices.push({ param: "dept", value: id, reason: "unknownDepartment" });
    } else if (!departments2.includes(id)) {
      departments2.push(id);
    }
  }
  let thrust = null;
  const rawThrust = single("thrust");
  if (rawThrust !== null && rawThrust !== "") {
    const parsed = thrustIdSchema.safeParse(rawThrust.toUpperCase());
    if (parsed.success) thrust = parsed.data;
    else notices.push({ param: "thrust", value: shortened(rawThrust), reason: "unknownThrust" });
  }
  let status2 = null;
  const rawStatus = single("status");
  if (rawStatus !== null && rawStatus !== "") {
    if (isOneOf(STATUS_FILTERS, rawStatus)) status2 = rawStatus;
    else notices.push({ param: "status", value: shortened(rawStatus), reason: "unknownStatus" });
  }
  let q = (single("q") ?? "").trim();
  if (q.length > MAX_QUERY_LENGTH) {
    notices.push({ param: "q", value: shortened(q), reason: "tooLong" });
    q = q.slice(0, MAX_QUERY_LENGTH);
  }
  for (const unknown of unknownParams(params, [...FILTER_PARAMS, ...ownParams])) {
    notices.push({ ...unknown, reason: "unknownParam" });
  }
  return { filters: { departments: departments2, thrust, status: status2, q }, notices };
}
function matchesStatus(assessment, status2) {
  if (status2 === null) return true;
  if (status2 === "stale") return assessment.stale;
  return assessment.status === status2;
}
function searchText(indicator) {
  return [
    indicator.factCode ?? "",
    indicator.name.zh,
    indicator.name.en,
    indicator.description.zh,
    indicator.description.en,
    indicator.commitment.quote
  ].join("\n").toLowerCase();
}
function matchesFilters(indicator, assessment, filters, text2 = searchText(indicator)) {
  if (filters.departments.length > 0 && !indicator.ownerIds.some((o) => filters.departments.includes(o))) {
    return false;
  }
  if (filters.thrust && indicator.thrustId !== filters.thrust) return false;
  if (!matchesStatus(assessment, filters.status)) return false;
  const q = filters.q.trim().toLowerCase();
  if (q && !q.split(/\s+/).every((word) => text2.includes(word))) return false;
  return true;
}

// src/api/routes/indicators.ts
function describeNotice(n) {
  return `${n.param}: ${n.reason === "unknownParam" ? "unknown parameter" : `${n.reason} "${n.value}"`}`;
}
function unchanged(c, etag) {
  const held = c.req.header("If-None-Match");
  return !!held && held.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}
var LIST_CACHE_SIZE = 32;
var utf8 = new TextEncoder();
function indicatorRoutes({ store, now }) {
  const listCache = /* @__PURE__ */ new Map();
  return new Hono4().get("/indicators", async (c) => {
    const params = new URL(c.req.url).searchParams;
    const asOf = params.get("asOf") ?? todayInShanghai(now());
    if (!isoDateSchema.safeParse(asOf).success) {
      return problem(
        c,
        400,
        "badParameter",
        `asOf: expected a date as YYYY-MM-DD, got ${JSON.stringify(asOf.slice(0, 40))}`
      );
    }
    params.sort();
    const etag = `"r${await store.revision()}-${asOf}-${hash(params.toString())}"`;
    c.header("ETag", etag);
    c.header("Cache-Control", "no-cache");
    if (unchanged(c, etag)) return c.body(null, 304);
    let body = listCache.get(etag);
    if (body === void 0) {
      const [departments2, indicators2] = await Promise.all([
        store.departments(),
        store.indicators()
      ]);
      const known = new Set(departments2.map((d) => d.id));
      const { filters, notices } = parseFilters(params, known, ["asOf"]);
      if (notices.length > 0) {
        return problem(c, 400, "badParameter", notices.map(describeNotice).join("; "));
      }
      const items = indicators2.filter((i) => matchesFilters(i, assess(i, asOf), filters));
      body = utf8.encode(JSON.stringify({ items, total: items.length }));
      listCache.set(etag, body);
      if (listCache.size > LIST_CACHE_SIZE) {
        const oldest = listCache.keys().next().value;
        if (oldest !== void 0) listCache.delete(oldest);
      }
    }
    return c.body(body, 200, { "Content-Type": "application/json" });
  }).get("/indicators/:id", async (c) => {
    const id = c.req.param("id");
    const found = await store.indicator(id);
    if (!found) return problem(c, 404, "notFound", `no indicator ${quoteId(id)}`);
    const etag = `"${found.version ?? 1}"`;
    c.header("ETag", etag);
    c.header("Cache-Control", "no-cache");
    if (unchanged(c, etag)) return c.body(null, 304);
    return c.json(found);
  });
}
function hash(text2) {
  let h = 2166136261;
  for (let i = 0; i < text2.length; i += 1) {
    h ^= text2.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(36);
}

// src/api/routes/programme.ts
import { Hono as Hono5 } from "hono";
function programmeRoutes({ store }) {
  return new Hono5().get("/programme", async (c) => c.json(await store.programme())).get("/thrusts", async (c) => c.json({ items: await store.thrusts() })).get("/departments", async (c) => c.json({ items: await store.departments() }));
}

// src/api/routes/displays.ts
import { Hono as Hono6 } from "hono";
function publicDisplay(stored) {
  const { id, name, departments: departments2, playlist, createdAt, lastSeenAt, revokedAt } = stored;
  return { id, name, departments: departments2, playlist, createdAt, lastSeenAt, revokedAt };
}
function displayRoutes(api) {
  const { auth } = api;
  const { accounts } = auth.options;
  const guard = (c) => refuse(c, { kind: "manageDisplays" });
  return new Hono6().get("/displays", async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    return c.json({ items: (await accounts.displays()).map(publicDisplay) });
  }).post("/displays", async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    const body = await jsonBody(c);
    if (body === void 0) return problem(c, 400, "badRequest", "the body must be JSON");
    const parsed = newDisplaySchema.safeParse(body);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "body");
      return problem(
        c,
        422,
        "invalidDisplay",
        `${field}: ${parsed.error.issues[0]?.message ?? "invalid"}`
      );
    }
    const known = new Set((await api.store.departments()).map((d) => d.id));
    const unknown = parsed.data.departments.filter((d) => !known.has(d));
    if (unknown.length > 0) {
      return problem(
        c,
        422,
        "invalidDisplay",
        `no such department: ${unknown.map(quoteId).join(", ")}`
      );
    }
    const token = randomToken();
    const display = {
      id: api.newId(),
      name: parsed.data.name,
      departments: [...new Set(parsed.data.departments)],
      playlist: parsed.data.playlist,
      createdAt: api.now().toISOString(),
      lastSeenAt: null,
      revokedAt: null,
      tokenHash: await sha256Hex(token)
    };
    await accounts.createDisplay(display);
    return c.json({ display: publicDisplay(display), link: `/pair#${token}` }, 201);
  }).delete("/displays/:id", async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    const id = c.req.param("id");
    const display = await accounts.display(id);
    if (!display) return problem(c, 404, "notFound", `no display ${quoteId(id)}`);
    if (!display.revokedAt) {
      await accounts.updateDisplay(id, { revokedAt: api.now().toISOString() });
    }
    auth.forget();
    return c.body(null, 204);
  });
}

// src/api/routes/session.ts
import { Hono as Hono7 } from "hono";
var THROTTLE_WINDOW_MS = 15 * 6e4;
var FAILURES_PER_ACCOUNT = 5;
var FAILURES_PER_ADDRESS = 20;
function sessionRoutes(api) {
  const { auth } = api;
  const { accounts, passwords } = auth.options;
  let standIn = null;
  const standInHash = () => standIn ??= passwords.hash(`stand-in ${crypto.randomUUID()}`);
  const answer = (who) => ({
    principal: who.principal,
    readAccess: auth.options.readAccess,
    ...auth.options.demoAccounts ? { demoAccounts: auth.options.demoAccounts } : {},
    ...api.features.alerts ? { alerts: true } : {}
  });
  async function throttled(keys, now) {
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
    let wait = 0;
    for (const { key, limit } of keys) {
      const failures = await accounts.signInFailures(key, since);
      if (failures.length >= limit) {
        const frees = Date.parse(failures[failures.length - limit] ?? "") + THROTTLE_WINDOW_MS;
        wait = Math.max(wait, Math.ceil((frees - now.getTime()) / 1e3));
      }
    }
    return wait > 0 ? wait : null;
  }
  async function signedIn(c, kind, subject) {
    const before = c.get("who");
    if (before.sessionHash) await accounts.deleteSession(before.sessionHash);
    auth.forget();
    await auth.startSession(c, kind, subject, api.now());
  }
  return new Hono7().get("/session", (c) => c.json(answer(c.get("who")))).post("/session", async (c) => {
    const parsed = signInSchema.safeParse(await jsonBody(c));
    if (!parsed.success) {
      return problem(c, 400, "badRequest", 'send { "username": \u2026, "password": \u2026 } as JSON');
    }
    const { username, password } = parsed.data;
    const now = api.now();
    const address = auth.options.clientAddress?.(c) ?? "unknown";
    const keys = [
      { key: `account:${username}`, limit: FAILURES_PER_ACCOUNT },
      { key: `address:${address}`, limit: FAILURES_PER_ADDRESS }
    ];
    const wait = await throttled(keys, now);
    if (wait !== null) {
      c.header("Retry-After", String(wait));
      return problem(
        c,
        429,
        "tooManyAttempts",
        `too many failed sign-ins; try again in ${wait} seconds`
      );
    }
    const account = await accounts.account(username);
    const matches = await passwords.verify(
      password,
      account?.passwordHash ?? await standInHash()
    );
    if (!account || account.disabled || !matches) {
      await accounts.recordSignInFailure(
        keys.map((k) => k.key),
        now.toISOString()
      );
      return problem(c, 401, "badCredentials", "wrong name or password");
    }
    await signedIn(c, "user", account.username);
    await accounts.updateAccount(account.username, { lastSignInAt: now.toISOString() });
    const who = {
      principal: {
        kind: "user",
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        departments: account.role === "editor" ? account.departments : []
      },
      sessionHash: null,
      ended: false,
      revoked: false
    };
    return c.json(answer(who));
  }).delete("/session", async (c) => {
    await auth.endSession(c, c.get("who"));
    return c.body(null, 204);
  }).post("/display-session", async (c) => {
    const parsed = pairDisplaySchema.safeParse(await jsonBody(c));
    if (!parsed.success) return problem(c, 400, "badRequest", 'send { "token": \u2026 } as JSON');
    const display = await accounts.displayByToken(await sha256Hex(parsed.data.token));
    if (!display) return problem(c, 401, "badToken", "this pairing link is not known");
    if (display.revokedAt) {
      return problem(c, 401, "displayRevoked", "this screen has been unpaired by an admin");
    }
    await signedIn(c, "display", display.id);
    await accounts.updateDisplay(display.id, { lastSeenAt: api.now().toISOString() });
    return c.json(
      answer({
        principal: {
          kind: "display",
          id: display.id,
          name: display.name,
          departments: display.departments,
          playlist: display.playlist
        },
        sessionHash: null,
        ended: false,
        revoked: false
      })
    );
  });
}

// src/api/routes/users.ts
import { Hono as Hono8 } from "hono";
function publicAccount(stored) {
  const { username, displayName, role, departments: departments2, disabled, createdAt, lastSignInAt } = stored;
  return { username, displayName, role, departments: departments2, disabled, createdAt, lastSignInAt };
}
function userRoutes(api) {
  const { auth } = api;
  const { accounts, passwords } = auth.options;
  async function departmentProblem(role, departments2) {
    if (role !== "editor") return null;
    if (departments2.length === 0) return "an editor needs at least one department";
    const known = new Set((await api.store.departments()).map((d) => d.id));
    const unknown = departments2.filter((d) => !known.has(d));
    return unknown.length > 0 ? `no such department: ${unknown.map(quoteId).join(", ")}` : null;
  }
  const adminsLeft = async (except) => (await accounts.accounts()).filter(
    (a) => a.role === "admin" && !a.disabled && a.username !== except
  ).length;
  const guard = (c) => refuse(c, { kind: "manageAccounts" });
  return new Hono8().get("/users", async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    return c.json({ items: (await accounts.accounts()).map(publicAccount) });
  }).post("/users", async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    const body = await jsonBody(c);
    if (body === void 0) return problem(c, 400, "badRequest", "the body must be JSON");
    const parsed = newAccountSchema.safeParse(body);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "body");
      return problem(
        c,
        422,
        "invalidAccount",
        `${field}: ${parsed.error.issues[0]?.message ?? "invalid"}`
      );
    }
    const input = parsed.data;
    const departments2 = input.role === "editor" ? [...new Set(input.departments)] : [];
    const bad = await departmentProblem(input.role, departments2);
    if (bad) return problem(c, 422, "invalidAccount", bad);
    const account = {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      departments: departments2,
      disabled: false,
      createdAt: api.now().toISOString(),
      lastSignInAt: null,
      passwordHash: await passwords.hash(input.password)
    };
    if (!await accounts.createAccount(account)) {
      return problem(c, 409, "usernameTaken", `the name ${quoteId(input.username)} is taken`);
    }
    return c.json(publicAccount(account), 201);
  }).patch("/users/:username", async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    const username = c.req.param("username").toLowerCase();
    const current = await accounts.account(username);
    if (!current) return problem(c, 404, "notFound", `no account ${quoteId(username)}`);
    const body = await jsonBody(c);
    if (body === void 0) return problem(c, 400, "badRequest", "the body must be JSON");
    const parsed = accountChangeSchema.safeParse(body);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "body");
      return problem(
        c,
        422,
        "invalidAccount",
        `${field}: ${parsed.error.issues[0]?.message ?? "invalid"}`
      );
    }
    const change = parsed.data;
    const role = change.role ?? current.role;
    const departments2 = role === "editor" ? [...new Set(change.departments ?? current.departments)] : [];
    const bad = await departmentProblem(role, departments2);
    if (bad) return problem(c, 422, "invalidAccount", bad);
    const stopsBeingAdmin = current.role === "admin" && !current.disabled && (role !== "admin" || change.disabled === true);
    if (stopsBeingAdmin && await adminsLeft(current.username) === 0) {
      return problem(
        c,
        409,
        "lastAdmin",
        "this is the last admin who can sign in; make another admin first"
      );
    }
    const changes = { role, departments: departments2 };
    if (change.displayName !== void 0) changes.displayName = change.displayName;
    if (change.disabled !== void 0) changes.disabled = change.disabled;
    if (change.password !== void 0)
      changes.passwordHash = await passwords.hash(change.password);
    const updated = await accounts.updateAccount(username, changes);
    if (!updated) return problem(c, 404, "notFound", `no account ${quoteId(username)}`);
    if (change.password !== void 0 || change.disabled === true) {
      await accounts.deleteSessionsOf("user", username);
    }
    auth.forget();
    return c.json(publicAccount(updated));
  }).delete("/users/:username/sessions", async (c) => {
    const refused = guard(c);
    if (refused) return refused;
    const username = c.req.param("username").toLowerCase();
    if (!await accounts.account(username)) {
      return problem(c, 404, "notFound", `no account ${quoteId(username)}`);
    }
    await accounts.deleteSessionsOf("user", username);
    auth.forget();
    return c.body(null, 204);
  });
}

// src/api/app.ts
var noSuchEndpoint = (method, path) => `no such endpoint: ${method} ${path}`;
function createApi(options) {
  const { store } = options;
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const ctx = {
    store,
    auth: createAuth(options.auth, now),
    committed: options.afterWrite ?? (() => void 0),
    features: { alerts: (options.routes ?? []).length > 0 },
    now,
    newId: options.newId ?? (() => crypto.randomUUID()),
    checkContext: async () => ({
      today: todayInShanghai(now()),
      departments: new Set((await store.departments()).map((d) => d.id))
    })
  };
  const api = new Hono9();
  api.use(ctx.auth.middleware);
  api.route("/", sessionRoutes(ctx));
  api.route("/", userRoutes(ctx));
  api.route("/", displayRoutes(ctx));
  api.route("/", programmeRoutes(ctx));
  api.route("/", indicatorRoutes(ctx));
  api.route("/", entryRoutes(ctx));
  api.route("/", importRoutes(ctx));
  for (const routes of options.routes ?? []) api.route("/", routes);
  if (options.feed) api.route("/", eventRoutes(ctx, options.feed));
  const { resetDemo } = options;
  if (resetDemo) {
    api.post("/demo/reset", async (c) => {
      await resetDemo();
      return c.body(null, 204);
    });
  }
  api.notFound(
    (c) => problem(c, 404, "notFound", `no such endpoint: ${c.req.method} ${c.req.path}`)
  );
  api.onError((error, c) => {
    if (error instanceof StorageFailure) {
      return problem(c, 507, "storageFailed", error.message);
    }
    if (error instanceof CorruptStore) return problem(c, 500, "storeCorrupt", error.message);
    console.error(error);
    return problem(c, 500, "internal", "the server could not answer this request");
  });
  return api;
}

// src/server/page.ts
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// src/domain/initial-data.ts
var INITIAL_DATA_ELEMENT_ID = "npf-initial-data";
var initialDataSchema = z.object({
  /** When the server read them, as an ISO timestamp: the cache judges their age from it. */
  at: z.iso.datetime({ offset: true }),
  resources: z.record(z.string().check(z.regex(/^\/[\w/-]{1,120}$/)), z.unknown())
});
function initialPathsFor(pathname) {
  const paths = ["/programme", "/thrusts", "/departments", "/indicators"];
  const indicator = /^\/indicators\/([a-z0-9-]{1,80})\/?$/.exec(pathname);
  if (indicator) paths.push(`/indicators/${indicator[1] ?? ""}`);
  return paths;
}
function initialDataScript(data) {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `<script type="application/json" id="${INITIAL_DATA_ELEMENT_ID}">${json}</script>`;
}

// src/server/route-preloads.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var FIRST_SCREEN_MODULES = [
  { route: /^\/$/, modules: ["CommitmentsTable"] },
  {
    route: /^\/thrusts\/[^/]+\/?$/,
    modules: ["src/app/routes/ThrustRoute.tsx", "CommitmentsTable"]
  },
  { route: /^\/indicators\/[^/]+\/?$/, modules: ["src/app/routes/IndicatorRoute.tsx"] },
  { route: /^\/departments\/?$/, modules: ["src/app/routes/DepartmentsRoute.tsx"] },
  { route: /^\/import\/?$/, modules: ["src/app/routes/ImportRoute.tsx"] },
  { route: /^\/brief\/?$/, modules: ["src/app/routes/BriefRoute.tsx"] },
  { route: /^\/present\/?$/, modules: ["src/app/routes/PresentRoute.tsx"] },
  { route: /^\/sign-in\/?$/, modules: ["src/app/routes/SignInRoute.tsx"] },
  { route: /^\/pair\/?$/, modules: ["src/app/routes/PairRoute.tsx"] },
  { route: /^\/admin\/users\/?$/, modules: ["src/app/routes/AdminUsersRoute.tsx"] },
  { route: /^\/admin\/screens\/?$/, modules: ["src/app/routes/AdminScreensRoute.tsx"] },
  { route: /^\/admin\/webhooks\/?$/, modules: ["src/app/routes/AdminWebhooksRoute.tsx"] },
  { route: /^\/inbox\/?$/, modules: ["src/app/routes/InboxRoute.tsx"] }
];
function readManifest(staticDir) {
  const path = join(staticDir, ".vite", "manifest.json");
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}
function routePreloads(manifest) {
  const chunkOf = (module) => module in manifest ? module : Object.keys(manifest).find((key) => {
    const chunk = manifest[key];
    return chunk?.src === module || chunk?.name === module && !chunk.src;
  });
  const closure = (key, into = /* @__PURE__ */ new Set()) => {
    if (into.has(key) || !manifest[key]) return into;
    into.add(key);
    for (const dep of manifest[key].imports ?? []) closure(dep, into);
    return into;
  };
  const loaded = /* @__PURE__ */ new Set();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry) closure(key, loaded);
  }
  const missing = [];
  const byRoute = FIRST_SCREEN_MODULES.map(({ route, modules }) => {
    const keys = /* @__PURE__ */ new Set();
    for (const module of modules) {
      const key = chunkOf(module);
      if (key) closure(key, keys);
      else if (!missing.includes(module)) missing.push(module);
    }
    const files2 = [...keys].filter((k) => !loaded.has(k)).map((k) => `/${manifest[k]?.file}`);
    return { route, files: files2.filter((f) => f.endsWith(".js")) };
  });
  return {
    forPath: (pathname) => byRoute.find(({ route }) => route.test(pathname))?.files ?? [],
    missing
  };
}
function withPreloads(html, urls) {
  if (urls.length === 0 || !html.includes("</head>")) return html;
  const links = urls.map((url) => `<link rel="modulepreload" crossorigin href="${url}">`);
  return html.replace("</head>", `${links.join("\n")}
</head>`);
}

// src/server/page.ts
var ROOT = '<div id="root"></div>';
var KEEP = 32;
function pageRenderer(index, api, store, now, publicRead, preloads = null) {
  const html = new TextDecoder().decode(index.body);
  const pages = /* @__PURE__ */ new Map();
  async function build(pathname, cookie, scripts) {
    const at = now();
    const resources = {};
    await Promise.all(
      initialPathsFor(pathname).map(async (path) => {
        const res = await api.request(path, cookie ? { headers: { Cookie: cookie } } : {});
        if (res.ok) resources[path] = await res.json();
      })
    );
    const script = initialDataScript({ at: at.toISOString(), resources });
    const page = withPreloads(html, scripts);
    const text2 = page.includes(ROOT) ? page.replace(ROOT, `${script}${ROOT}`) : page;
    return compressed(new TextEncoder().encode(text2));
  }
  function compressed(body) {
    return {
      body,
      br: new Uint8Array(
        brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      ),
      gzip: new Uint8Array(gzipSync(body, { level: 6 })),
      type: index.type,
      etag: `"${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"`,
      cacheControl: "no-cache"
    };
  }
  async function signedIn(cookie) {
    if (!cookie) return false;
    const res = await api.request("/session", { headers: { Cookie: cookie } });
    const who = sessionResponseSchema.safeParse(res.ok ? await res.json() : null);
    return who.success && who.data.principal.kind !== "anonymous";
  }
  const anonymousPages = /* @__PURE__ */ new Map();
  function anonymous(pathname) {
    const scripts = preloads?.forPath(pathname.startsWith("/pair") ? "/pair" : "/sign-in") ?? [];
    const key = scripts.join(",");
    let page = anonymousPages.get(key);
    if (!page) {
      page = compressed(new TextEncoder().encode(withPreloads(html, scripts)));
      anonymousPages.set(key, page);
    }
    return page;
  }
  return {
    async page(c) {
      const paths = initialPathsFor(c.req.path);
      if (!publicRead && !await signedIn(c.req.header("Cookie"))) return anonymous(c.req.path);
      const scripts = preloads?.forPath(c.req.path) ?? [];
      let revision;
      try {
        revision = await store.revision();
      } catch {
        return index;
      }
      const key = `${revision}|${todayInShanghai(now())}|${paths.join(",")}|${scripts.join(",")}`;
      let page = pages.get(key);
      if (!page) {
        page = await build(c.req.path, publicRead ? void 0 : c.req.header("Cookie"), scripts);
        pages.set(key, page);
        if (pages.size > KEEP) {
          const oldest = pages.keys().next().value;
          if (oldest !== void 0) pages.delete(oldest);
        }
      }
      return page;
    }
  };
}

// src/server/security-headers.ts
var CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'"
].join("; ");
var SECURITY_HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
};

// src/server/static-files.ts
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { createHash as createHash2 } from "node:crypto";
import { extname, join as join2, relative, sep } from "node:path";
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2"
};
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join2(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}
function loadStaticFiles(root) {
  if (!existsSync2(join2(root, "index.html"))) {
    throw new Error(`no client build in ${root} (index.html missing)`);
  }
  const files2 = /* @__PURE__ */ new Map();
  for (const path of walk(root)) {
    const url = `/${relative(root, path).split(sep).join("/")}`;
    if (url.startsWith("/.vite/") || url.endsWith(".br") || url.endsWith(".gz")) continue;
    const body = new Uint8Array(readFileSync2(path));
    const copy = (suffix) => existsSync2(path + suffix) && statSync(path + suffix).isFile() ? new Uint8Array(readFileSync2(path + suffix)) : void 0;
    const br = copy(".br");
    const gzip = copy(".gz");
    files2.set(url, {
      body,
      ...br ? { br } : {},
      ...gzip ? { gzip } : {},
      type: TYPES[extname(path)] ?? "application/octet-stream",
      etag: `"${createHash2("sha1").update(body).digest("base64url").slice(0, 20)}"`,
      cacheControl: url.startsWith("/assets/") ? "public, max-age=31536000, immutable" : url === "/index.html" ? "no-cache" : "public, max-age=3600"
    });
  }
  return files2;
}
function pickEncoding(c, file) {
  const accepted = c.req.header("Accept-Encoding") ?? "";
  if (file.br && /\bbr\b/.test(accepted)) return "br";
  if (file.gzip && /\bgzip\b/.test(accepted)) return "gzip";
  return null;
}
function sendStatic(c, file) {
  const headers = {
    "Content-Type": file.type,
    "Cache-Control": file.cacheControl,
    ETag: file.etag,
    Vary: "Accept-Encoding"
  };
  const held = c.req.header("If-None-Match");
  if (held && held.split(",").some((t) => t.trim() === file.etag)) {
    return c.body(null, 304, headers);
  }
  const encoding = pickEncoding(c, file);
  const body = (encoding === "br" ? file.br : encoding === "gzip" ? file.gzip : null) ?? file.body;
  if (encoding) headers["Content-Encoding"] = encoding;
  headers["Content-Length"] = String(body.byteLength);
  if (c.req.method === "HEAD") return c.body(null, 200, headers);
  return c.body(body, 200, headers);
}

// src/server/app.ts
var FEED_PATH = "/api/events";
var exceptFeed = (middleware) => (c, next) => c.req.path === FEED_PATH ? next() : middleware(c, next);
var problemBody = (code, message) => ({ error: { code, message } });
function clientAddress(c, trustProxy) {
  if (trustProxy) {
    const forwarded = c.req.header("X-Forwarded-For")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
function createServerApp(options) {
  const { logger, files: files2 } = options;
  const app = new Hono10();
  app.use(async (c, next) => {
    const sent = c.req.header("X-Request-Id");
    const id = sent && /^[\w.-]{1,64}$/.test(sent) ? sent : crypto.randomUUID();
    c.set("requestId", id);
    const started = performance.now();
    await next();
    c.header("X-Request-Id", id);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    const status2 = c.res.status;
    const fields = {
      reqId: id,
      method: c.req.method,
      // The path only: a query string may hold what someone searched for.
      path: c.req.path,
      status: status2,
      ms: Math.round((performance.now() - started) * 10) / 10
    };
    if (status2 >= 500) logger.error("request", fields);
    else logger.debug("request", fields);
  });
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const ok = await options.ready().catch(() => false);
    return ok ? c.json({ status: "ready" }) : c.json({ status: "unavailable", reason: "the database does not answer" }, 503);
  });
  const limit = (maxSize) => bodyLimit({
    maxSize,
    onError: (c) => c.json(problemBody("payloadTooLarge", `the body may be at most ${maxSize} bytes`), 413)
  });
  app.use("/api/imports", limit(options.importBodyLimitBytes));
  app.use("/api/indicators/*", limit(options.bodyLimitBytes));
  app.use(
    "/api/*",
    exceptFeed(
      timeout(
        options.requestTimeoutMs,
        () => new HTTPException(503, {
          res: Response.json(
            problemBody("timeout", `no answer within ${options.requestTimeoutMs} ms`),
            { status: 503 }
          )
        })
      )
    )
  );
  app.use("/api/*", exceptFeed(compress()));
  app.use("/api/*", async (c, next) => {
    await next();
    c.header("Cache-Control", c.res.headers.get("Cache-Control") ?? "no-store");
  });
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const api = createApi({
    store: options.store,
    now,
    ...options.alerts ? { routes: [options.alerts.routes], afterWrite: options.alerts.afterWrite } : {},
    auth: {
      accounts: options.accounts,
      passwords: options.passwords,
      readAccess: options.readAccess,
      sessionIdleMs: options.sessionIdleMs,
      sessionMaxMs: options.sessionMaxMs,
      trustProxy: options.trustProxy,
      clientAddress: (c) => clientAddress(c, options.trustProxy)
    },
    ...options.feed ? {
      feed: {
        hub: options.feed,
        ...options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}
      }
    } : {}
  });
  app.route("/api", api);
  app.all(
    "/api/*",
    (c) => c.json(problemBody("notFound", noSuchEndpoint(c.req.method, c.req.path.slice(4))), 404)
  );
  if (files2) {
    const index = files2.get("/index.html");
    const preloads = options.manifest ? routePreloads(options.manifest) : null;
    if (preloads && preloads.missing.length > 0) {
      logger.warn("the client build lacks modules its routes preload", {
        modules: preloads.missing
      });
    }
    const publicRead = options.readAccess === "public";
    const pages = index ? pageRenderer(index, api, options.store, now, publicRead, preloads) : null;
    app.on(["GET", "HEAD"], "*", async (c) => {
      const file = files2.get(c.req.path);
      if (file) return sendStatic(c, file);
      const last = c.req.path.split("/").at(-1) ?? "";
      if (c.req.path.startsWith("/assets/") || c.req.path.startsWith("/.") || last.includes(".")) {
        return c.text("not found", 404);
      }
      return pages ? sendStatic(c, await pages.page(c)) : c.text("not found", 404);
    });
  }
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    logger.error("unhandled", {
      reqId: c.get("requestId"),
      error: { name: error.name, message: error.message }
    });
    return c.json(problemBody("internal", "the server could not answer this request"), 500);
  });
  return app;
}

// src/server/log.ts
var LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
function createLogger(level, write = (line) => process.stdout.write(`${line}
`)) {
  const emit = (at) => (msg, fields) => {
    if (LEVELS[at] < LEVELS[level]) return;
    write(JSON.stringify({ time: (/* @__PURE__ */ new Date()).toISOString(), level: at, msg, ...fields }));
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}
function errorFields(error) {
  return error instanceof Error ? { error: { name: error.name, message: error.message } } : { error: { message: String(error) } };
}

// src/server/store/sql-store.ts
import { sql } from "kysely";

// src/domain/change-events.ts
var changeEventSchema = z.object({
  /** The store's revision this change produced: the event's id, increasing in commit order. */
  revision: z.int().check(z.positive()),
  /** When the change was saved, as an ISO timestamp. */
  at: z.iso.datetime({ offset: true }),
  /** A record saved through the form (or the API), or an import of many rows. */
  what: z.enum(["record", "import"]),
  /** Each indicator the change touched, with the version it now has. */
  indicators: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      version: z.int().check(z.positive())
    })
  )
});
var feedResetSchema = z.object({
  /** The revision to resume from once everything has been fetched again. */
  revision: z.int().check(z.nonnegative())
});

// src/server/store/data-set.ts
function documentJson(doc) {
  const copy = { ...doc };
  delete copy.version;
  return JSON.stringify(copy);
}
function auditRow(e) {
  return {
    id: e.id,
    indicator_id: e.indicatorId,
    at: e.at,
    author: e.author,
    via: e.via,
    field: e.field,
    record_date: e.key,
    version: e.version ?? 1,
    entry: documentJson(e)
  };
}
var referenceRows = (docs) => docs.map((d, position) => ({ id: d.id, position, data: JSON.stringify(d) }));
async function writeDataSet(trx, data) {
  await trx.insertInto("programme").values({ id: 1, data: JSON.stringify(data.programme) }).execute();
  if (data.thrusts.length > 0) {
    await trx.insertInto("thrusts").values(referenceRows(data.thrusts)).execute();
  }
  if (data.departments.length > 0) {
    await trx.insertInto("departments").values(referenceRows(data.departments)).execute();
  }
  if (data.indicators.length > 0) {
    await trx.insertInto("indicators").values(
      data.indicators.map((i, position) => ({
        id: i.id,
        position,
        thrust_id: i.thrustId,
        version: i.version ?? 1,
        data: documentJson(i)
      }))
    ).execute();
  }
  for (let at = 0; at < data.audit.length; at += 500) {
    await trx.insertInto("audit_entries").values(data.audit.slice(at, at + 500).map(auditRow)).execute();
  }
  await trx.updateTable("counters").set({ value: data.revision }).where("name", "=", "revision").execute();
}

// src/server/store/sql-store.ts
function parseStored(schema, doc, what) {
  const parsed = schema.safeParse(doc);
  if (!parsed.success) throw new CorruptStore(`the stored ${what} does not fit the data model`);
  return parsed.data;
}
function toIndicator(row) {
  return parseStored(indicatorSchema, { ...row.data, version: row.version }, "indicator");
}
function toAuditEntry(row) {
  return parseStored(auditEntrySchema, { ...row.entry, version: row.version }, "audit entry");
}
var FEED_HISTORY = 1e4;
var CHANGE_CHANNEL = "npf_changes";
async function save(trx, indicators2, audit) {
  const rows = JSON.stringify(
    indicators2.map(({ version, ...data }) => ({ id: data.id, version: version ?? 1, data }))
  );
  const saved = (db) => db.updateTable("indicators").from(
    sql`jsonb_to_recordset(${rows}::jsonb)`.as(
      sql`v(id text, version integer, data jsonb)`
    )
  ).set((eb) => ({
    data: eb.ref("v.data"),
    version: eb.ref("v.version"),
    updated_at: sql`now()`
  })).whereRef("indicators.id", "=", "v.id").returning("indicators.id");
  const withSaved = trx.with("saved", saved);
  const query = audit.length === 0 ? withSaved : withSaved.with(
    "appended",
    (db) => db.insertInto("audit_entries").values(audit.map(auditRow)).returning("seq")
  );
  const { value } = await query.updateTable("counters").set({ value: sql`value + 1` }).where("name", "=", "revision").returning("value").executeTakeFirstOrThrow();
  const revision = Number(value);
  const event = {
    revision,
    at: (/* @__PURE__ */ new Date()).toISOString(),
    what: audit.some((a) => a.via === "import") ? "import" : "record",
    indicators: indicators2.map((i) => ({ id: i.id, version: i.version ?? 1 }))
  };
  await sql`
    with added as (
      insert into change_events (revision, event) values (${revision}, ${JSON.stringify(event)}::jsonb)
    ), trimmed as (
      delete from change_events where revision <= ${revision - FEED_HISTORY}
    )
    select pg_notify(${CHANGE_CHANNEL}, ${String(revision)})`.execute(trx);
}
function coalesce(read) {
  let running = null;
  let next = null;
  const run = () => {
    const query = read();
    running = query;
    const settled = () => {
      if (running === query) running = null;
    };
    query.then(settled, settled);
    return query;
  };
  const ignore = () => void 0;
  return () => {
    if (running === null) return run();
    next ??= running.then(ignore, ignore).then(() => {
      next = null;
      return run();
    });
    return next;
  };
}
function sqlStore(db) {
  const revision = coalesce(async () => {
    const row = await db.selectFrom("counters").select("value").where("name", "=", "revision").executeTakeFirstOrThrow();
    return Number(row.value);
  });
  const rows = async (table) => (await db.selectFrom(table).select("data").orderBy("position").execute()).map((r) => r.data);
  let departmentsRead = null;
  const departments2 = () => {
    departmentsRead ??= rows("departments").then((docs) => docs.map((d) => parseStored(departmentSchema, d, "department"))).catch((error) => {
      departmentsRead = null;
      throw error;
    });
    return departmentsRead;
  };
  return {
    async programme() {
      const row = await db.selectFrom("programme").select("data").executeTakeFirstOrThrow();
      return parseStored(programmeSchema, row.data, "programme");
    },
    thrusts: async () => (await rows("thrusts")).map((d) => parseStored(thrustSchema, d, "thrust")),
    departments: async () => [...await departments2()],
    async indicators() {
      const rows2 = await db.selectFrom("indicators").select(["data", "version"]).orderBy("position").execute();
      return rows2.map(toIndicator);
    },
    async indicator(id) {
      const row = await db.selectFrom("indicators").select(["data", "version"]).where("id", "=", id).executeTakeFirst();
      return row ? toIndicator(row) : null;
    },
    async audit(indicatorId) {
      const rows2 = await db.selectFrom("audit_entries").select(["entry", "version"]).where("indicator_id", "=", indicatorId).orderBy("seq", "desc").execute();
      return rows2.map(toAuditEntry);
    },
    revision,
    async changes(after, limit) {
      const now = await revision();
      if (after > now || after < now - FEED_HISTORY) return { reset: true, revision: now };
      const rows2 = await db.selectFrom("change_events").select("event").where("revision", ">", String(after)).orderBy("revision").limit(limit).execute();
      return {
        reset: false,
        events: rows2.map((r) => parseStored(changeEventSchema, r.event, "change event"))
      };
    },
    transact(work) {
      return db.transaction().execute((trx) => {
        const tx = {
          async lock(ids) {
            if (ids.length === 0) return [];
            const rows2 = await trx.selectFrom("indicators").select(["data", "version"]).where("id", "in", [...ids].sort()).orderBy("id").forUpdate().execute();
            return rows2.map(toIndicator);
          },
          save: (indicators2, audit) => save(trx, indicators2, audit)
        };
        return work(tx);
      });
    }
  };
}

// src/server/change-feed.ts
async function startChangeFeed(database, store, logger, options = {}) {
  const hub = createChangeHub(store, {
    ...options,
    onError: (error) => logger.warn("change feed: reading new changes failed", errorFields(error))
  });
  const unlisten = await database.listen(
    CHANGE_CHANNEL,
    () => hub.poke(),
    () => {
      logger.info("change notifications: listening again");
      hub.poke();
    }
  );
  return {
    hub,
    async close() {
      hub.close();
      await unlisten().catch(() => void 0);
    }
  };
}

// src/server/client-build.ts
import { execFileSync } from "node:child_process";
import { createHash as createHash3 } from "node:crypto";
import { existsSync as existsSync3, readdirSync as readdirSync2, readFileSync as readFileSync3, statSync as statSync2, writeFileSync } from "node:fs";
import { join as join3, relative as relative2 } from "node:path";
import { brotliCompressSync as brotliCompressSync2, constants as constants2, gzipSync as gzipSync2 } from "node:zlib";
var SOURCES = ["src", "public", "index.html", "vite.config.ts", "package-lock.json"];
var STAMP = ".build-stamp";
var COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
function files(path) {
  if (!existsSync3(path)) return [];
  const stat = statSync2(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync2(path).flatMap(
    (name) => (
      // The server's own code is not part of the client build.
      path === "src" && name === "server" ? [] : files(join3(path, name))
    )
  );
}
function sourcesFingerprint(root) {
  const hash2 = createHash3("sha1");
  for (const source of SOURCES) {
    for (const file of files(join3(root, source)).sort()) {
      const s = statSync2(file);
      hash2.update(`${relative2(root, file)}:${s.size}:${Math.floor(s.mtimeMs)}
`);
    }
  }
  return hash2.digest("hex");
}
function precompress(dir) {
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.test(file) || file.includes("/.vite/")) continue;
    const body = readFileSync3(file);
    if (body.byteLength < 512) continue;
    writeFileSync(
      `${file}.br`,
      brotliCompressSync2(body, { params: { [constants2.BROTLI_PARAM_QUALITY]: 11 } })
    );
    writeFileSync(`${file}.gz`, gzipSync2(body, { level: 9 }));
  }
}
function ensureClientBuild(root, outDir, log) {
  const fingerprint = sourcesFingerprint(root);
  const stampFile = join3(outDir, STAMP);
  if (existsSync3(stampFile) && readFileSync3(stampFile, "utf8") === fingerprint) return false;
  log(`building the client into ${outDir} (real API, no mock layer)\u2026`);
  execFileSync(
    process.execPath,
    [join3(root, "node_modules/vite/bin/vite.js"), "build", "--outDir", outDir, "--emptyOutDir"],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, VITE_USE_MOCKS: "false" }
    }
  );
  precompress(outDir);
  writeFileSync(stampFile, fingerprint);
  return true;
}

// src/server/config.ts
var port = z.pipe(z.string().check(z.regex(/^\d{1,5}$/, "a port number")), z.transform(Number));
var positiveMs = z.pipe(
  z.string().check(z.regex(/^\d{1,9}$/, "a whole number of milliseconds")),
  z.transform(Number)
);
var bytes = z.pipe(
  z.string().check(z.regex(/^\d{1,10}$/, "a whole number of bytes")),
  z.transform(Number)
);
var DEFAULTS = {
  PORT: "8080",
  HOST: "127.0.0.1",
  DATA_DIR: "./data",
  STATIC_DIR: "./dist-app",
  LOG_LEVEL: "info",
  REQUEST_TIMEOUT_MS: "15000",
  SHUTDOWN_GRACE_MS: "10000",
  BODY_LIMIT_BYTES: "262144",
  IMPORT_BODY_LIMIT_BYTES: "8388608",
  DB_POOL_SIZE: "10",
  READ_ACCESS: "signed-in",
  SESSION_IDLE_MINUTES: "120",
  SESSION_MAX_HOURS: "12",
  TRUST_PROXY: "false",
  ALERT_INTERVAL_SECONDS: "60",
  MAIL_FROM: "npf-tracker@localhost"
};
var envSchema = z.object({
  PORT: port,
  HOST: z.string().check(z.minLength(1)),
  DATA_DIR: z.string().check(z.minLength(1)),
  DATABASE_URL: z.optional(
    z.string().check(z.regex(/^postgres(ql)?:\/\/./, "a postgres:// or postgresql:// URL"))
  ),
  STATIC_DIR: z.string().check(z.minLength(1)),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]),
  REQUEST_TIMEOUT_MS: positiveMs,
  SHUTDOWN_GRACE_MS: positiveMs,
  BODY_LIMIT_BYTES: bytes,
  IMPORT_BODY_LIMIT_BYTES: bytes,
  DB_POOL_SIZE: z.pipe(
    z.string().check(z.regex(/^\d{1,3}$/, "a whole number of connections")),
    z.transform(Number)
  ),
  READ_ACCESS: z.enum(["signed-in", "public"]),
  SESSION_IDLE_MINUTES: z.pipe(
    z.string().check(z.regex(/^\d{1,6}$/, "a whole number of minutes")),
    z.transform(Number)
  ),
  SESSION_MAX_HOURS: z.pipe(
    z.string().check(z.regex(/^\d{1,5}$/, "a whole number of hours")),
    z.transform(Number)
  ),
  TRUST_PROXY: z.enum(["true", "false"]),
  PUBLIC_URL: z.optional(z.string().check(z.regex(/^https?:\/\/[^\s?#]+$/, "an http(s) address"))),
  SMTP_URL: z.optional(z.string().check(z.regex(/^smtps?:\/\/./, "an smtp:// or smtps:// URL"))),
  MAIL_FROM: z.string().check(z.regex(/^[^\s@]+@[^\s@]+$/, "an email address")),
  ALERT_INTERVAL_SECONDS: z.pipe(
    z.string().check(z.regex(/^\d{1,6}$/, "a whole number of seconds")),
    z.transform(Number)
  ),
  ADMIN_USER: z.optional(usernameSchema),
  ADMIN_PASSWORD: z.optional(passwordSchema)
});
var ConfigError = class extends Error {
  constructor(problems) {
    super(`invalid configuration:
${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
};
function loadConfig(env = process.env) {
  const given = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((k) => {
      const v = env[k];
      return v === void 0 || v === "" ? [] : [[k, v]];
    })
  );
  const picked = { ...DEFAULTS, ...given };
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? "?");
        const value = picked[name];
        const secret = name === "DATABASE_URL" || name === "ADMIN_PASSWORD" || name === "SMTP_URL";
        const shown = secret ? "" : ` (got ${JSON.stringify(String(value).slice(0, 60))})`;
        return `${name}: expected ${i.message}${shown}`;
      })
    );
  }
  const e = parsed.data;
  const problems = [];
  if (e.PORT < 1 || e.PORT > 65535) problems.push(`PORT: expected 1\u201365535 (got ${e.PORT})`);
  if (e.REQUEST_TIMEOUT_MS < 100) problems.push("REQUEST_TIMEOUT_MS: expected at least 100");
  if (e.BODY_LIMIT_BYTES < 1024) problems.push("BODY_LIMIT_BYTES: expected at least 1024");
  if (e.DB_POOL_SIZE < 1) problems.push("DB_POOL_SIZE: expected at least 1");
  if (e.SESSION_IDLE_MINUTES < 1) problems.push("SESSION_IDLE_MINUTES: expected at least 1");
  if (e.SESSION_MAX_HOURS < 1) problems.push("SESSION_MAX_HOURS: expected at least 1");
  if (e.ADMIN_PASSWORD !== void 0 && e.ADMIN_USER === void 0) {
    problems.push("ADMIN_USER: expected a name when ADMIN_PASSWORD is set");
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL, poolSize: e.DB_POOL_SIZE } : { kind: "pglite", dataDir: e.DATA_DIR },
    staticDir: e.STATIC_DIR,
    logLevel: e.LOG_LEVEL,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    importBodyLimitBytes: e.IMPORT_BODY_LIMIT_BYTES,
    readAccess: e.READ_ACCESS,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 6e4,
    sessionMaxMs: e.SESSION_MAX_HOURS * 36e5,
    trustProxy: e.TRUST_PROXY === "true",
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    alertIntervalMs: Math.max(5, e.ALERT_INTERVAL_SECONDS) * 1e3,
    firstAdmin: { username: e.ADMIN_USER ?? "admin", password: e.ADMIN_PASSWORD ?? null }
  };
}

// src/server/store/database.ts
import { execFile } from "node:child_process";
import { existsSync as existsSync4, mkdirSync } from "node:fs";
import { join as join4 } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";

// src/server/store/migrate.ts
import { Migrator } from "kysely";

// src/server/store/migrations/0001-initial.ts
var initial_exports = {};
__export(initial_exports, {
  down: () => down,
  up: () => up
});
import { sql as sql2 } from "kysely";
async function up(db) {
  await db.schema.createTable("programme").addColumn("id", "integer", (c) => c.primaryKey().check(sql2`id = 1`)).addColumn("data", "jsonb", (c) => c.notNull()).execute();
  for (const table of ["thrusts", "departments"]) {
    await db.schema.createTable(table).addColumn("id", "text", (c) => c.primaryKey()).addColumn("position", "integer", (c) => c.notNull()).addColumn("data", "jsonb", (c) => c.notNull()).execute();
  }
  await db.schema.createTable("indicators").addColumn("id", "text", (c) => c.primaryKey()).addColumn("position", "integer", (c) => c.notNull()).addColumn("thrust_id", "text", (c) => c.notNull().references("thrusts.id")).addColumn(
    "version",
    "integer",
    (c) => c.notNull().defaultTo(1).check(sql2`version > 0`)
  ).addColumn("data", "jsonb", (c) => c.notNull()).addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql2`now()`)).execute();
  await db.schema.createTable("audit_entries").addColumn("seq", "bigserial", (c) => c.primaryKey()).addColumn("id", "text", (c) => c.notNull().unique()).addColumn("indicator_id", "text", (c) => c.notNull().references("indicators.id")).addColumn("at", "timestamptz", (c) => c.notNull()).addColumn("author", "text", (c) => c.notNull()).addColumn("via", "text", (c) => c.notNull()).addColumn("field", "text", (c) => c.notNull()).addColumn("record_date", "date", (c) => c.notNull()).addColumn("version", "integer", (c) => c.notNull()).addColumn("entry", "jsonb", (c) => c.notNull()).execute();
  await db.schema.createIndex("audit_entries_by_indicator").on("audit_entries").columns(["indicator_id", "seq"]).execute();
  await sql2`
    create function audit_entries_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the audit trail is append-only';
    end $$`.execute(db);
  await sql2`
    create trigger audit_entries_append_only before update or delete on audit_entries
    for each row execute function audit_entries_append_only()`.execute(db);
  await db.schema.createTable("counters").addColumn("name", "text", (c) => c.primaryKey()).addColumn("value", "bigint", (c) => c.notNull()).execute();
  await sql2`insert into counters (name, value) values ('revision', 0)`.execute(db);
}
async function down(db) {
  for (const table of ["counters", "audit_entries", "indicators", "departments", "thrusts"]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropTable("programme").execute();
  await sql2`drop function audit_entries_append_only`.execute(db);
}

// src/server/store/migrations/0002-accounts.ts
var accounts_exports = {};
__export(accounts_exports, {
  down: () => down2,
  up: () => up2
});
import { sql as sql3 } from "kysely";
async function up2(db) {
  await db.schema.createTable("accounts").addColumn("username", "text", (c) => c.primaryKey()).addColumn("display_name", "text", (c) => c.notNull()).addColumn("role", "text", (c) => c.notNull().check(sql3`role in ('viewer', 'editor', 'admin')`)).addColumn("departments", "jsonb", (c) => c.notNull().defaultTo(sql3`'[]'::jsonb`)).addColumn("disabled", "boolean", (c) => c.notNull().defaultTo(false)).addColumn("password_hash", "text", (c) => c.notNull()).addColumn("created_at", "timestamptz", (c) => c.notNull()).addColumn("last_sign_in_at", "timestamptz").execute();
  await db.schema.createTable("displays").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull()).addColumn("departments", "jsonb", (c) => c.notNull()).addColumn("playlist", "jsonb", (c) => c.notNull()).addColumn("token_hash", "text", (c) => c.notNull().unique()).addColumn("created_at", "timestamptz", (c) => c.notNull()).addColumn("last_seen_at", "timestamptz").addColumn("revoked_at", "timestamptz").execute();
  await db.schema.createTable("sessions").addColumn("id_hash", "text", (c) => c.primaryKey()).addColumn("kind", "text", (c) => c.notNull().check(sql3`kind in ('user', 'display')`)).addColumn("subject", "text", (c) => c.notNull()).addColumn("created_at", "timestamptz", (c) => c.notNull()).addColumn("last_seen_at", "timestamptz", (c) => c.notNull()).execute();
  await db.schema.createIndex("sessions_by_subject").on("sessions").columns(["kind", "subject"]).execute();
  await db.schema.createTable("sign_in_failures").addColumn("seq", "bigserial", (c) => c.primaryKey()).addColumn("key", "text", (c) => c.notNull()).addColumn("at", "timestamptz", (c) => c.notNull()).execute();
  await db.schema.createIndex("sign_in_failures_by_key").on("sign_in_failures").columns(["key", "at"]).execute();
}
async function down2(db) {
  for (const table of ["sign_in_failures", "sessions", "displays", "accounts"]) {
    await db.schema.dropTable(table).execute();
  }
}

// src/server/store/migrations/0003-change-events.ts
var change_events_exports = {};
__export(change_events_exports, {
  down: () => down3,
  up: () => up3
});
import { sql as sql4 } from "kysely";
async function up3(db) {
  await db.schema.createTable("change_events").addColumn("revision", "bigint", (c) => c.primaryKey()).addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql4`now()`)).addColumn("event", "jsonb", (c) => c.notNull()).execute();
}
async function down3(db) {
  await db.schema.dropTable("change_events").execute();
}

// src/server/store/migrations/0004-alerts.ts
var alerts_exports = {};
__export(alerts_exports, {
  down: () => down4,
  up: () => up4
});
import { sql as sql5 } from "kysely";
async function up4(db) {
  await db.schema.createTable("alert_states").addColumn("indicator_id", "text", (c) => c.primaryKey()).addColumn("state", "jsonb", (c) => c.notNull()).addColumn("updated_at", "timestamptz", (c) => c.notNull()).execute();
  await db.schema.createTable("alert_events").addColumn("seq", "bigserial", (c) => c.primaryKey()).addColumn("key", "text", (c) => c.notNull().unique()).addColumn("kind", "text", (c) => c.notNull()).addColumn("indicator_id", "text", (c) => c.notNull()).addColumn("event", "jsonb", (c) => c.notNull()).addColumn("created_at", "timestamptz", (c) => c.notNull()).execute();
  await db.schema.createTable("inbox_items").addColumn("seq", "bigserial", (c) => c.primaryKey()).addColumn("username", "text", (c) => c.notNull()).addColumn("event_key", "text", (c) => c.notNull()).addColumn("created_at", "timestamptz", (c) => c.notNull()).addColumn("read_at", "timestamptz").addUniqueConstraint("inbox_items_once", ["username", "event_key"]).execute();
  await db.schema.createTable("follows").addColumn("username", "text", (c) => c.notNull()).addColumn(
    "kind",
    "text",
    (c) => c.notNull().check(sql5`kind in ('indicator', 'thrust', 'department')`)
  ).addColumn("target_id", "text", (c) => c.notNull()).addPrimaryKeyConstraint("follows_pk", ["username", "kind", "target_id"]).execute();
  await db.schema.createTable("notification_settings").addColumn("username", "text", (c) => c.primaryKey()).addColumn("email", "text").addColumn("email_alerts", "boolean", (c) => c.notNull().defaultTo(true)).addColumn(
    "digest",
    "text",
    (c) => c.notNull().defaultTo("off").check(sql5`digest in ('off', 'daily', 'weekly')`)
  ).addColumn("language", "text", (c) => c.notNull().defaultTo("zh")).addColumn("last_digest_on", "text").execute();
  await db.schema.createTable("webhooks").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull()).addColumn("url", "text", (c) => c.notNull()).addColumn(
    "format",
    "text",
    (c) => c.notNull().check(sql5`format in ('json', 'wecom', 'dingtalk')`)
  ).addColumn("secret", "text", (c) => c.notNull()).addColumn("departments", "jsonb", (c) => c.notNull()).addColumn("created_at", "timestamptz", (c) => c.notNull()).execute();
  await db.schema.createTable("deliveries").addColumn("seq", "bigserial", (c) => c.primaryKey()).addColumn("channel", "text", (c) => c.notNull().check(sql5`channel in ('email', 'webhook')`)).addColumn("target", "text", (c) => c.notNull()).addColumn("event_key", "text", (c) => c.notNull()).addColumn("payload", "jsonb", (c) => c.notNull()).addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0)).addColumn("next_attempt_at", "timestamptz", (c) => c.notNull()).addColumn("delivered_at", "timestamptz").addColumn("failed_at", "timestamptz").addColumn("last_error", "text").addColumn("created_at", "timestamptz", (c) => c.notNull()).addUniqueConstraint("deliveries_once", ["channel", "target", "event_key"]).execute();
  await db.schema.createIndex("deliveries_due").on("deliveries").columns(["delivered_at", "failed_at", "next_attempt_at"]).execute();
}
async function down4(db) {
  for (const table of [
    "deliveries",
    "webhooks",
    "notification_settings",
    "follows",
    "inbox_items",
    "alert_events",
    "alert_states"
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

// src/server/store/migrate.ts
var migrations = {
  "0001-initial": initial_exports,
  "0002-accounts": accounts_exports,
  "0003-change-events": change_events_exports,
  "0004-alerts": alerts_exports
};
var provider = { getMigrations: () => Promise.resolve(migrations) };
async function migrateToLatest(db) {
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === "Error");
  if (error || failed) {
    const reason = error instanceof Error ? error.message : "unknown error";
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${reason}`);
  }
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}

// src/server/store/pglite-dialect.ts
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler
} from "kysely";
var PGliteConnection = class {
  constructor(db) {
    this.db = db;
  }
  db;
  async executeQuery(compiled) {
    const result = await this.db.query(compiled.sql, [...compiled.parameters]);
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      ...affected === void 0 ? {} : { numAffectedRows: BigInt(affected) }
    };
  }
  /** PGlite has no cursors to stream from; nothing here asks for one. */
  streamQuery() {
    throw new Error("PGlite does not stream query results");
  }
};
var PGliteDriver = class {
  constructor(db) {
    this.db = db;
    this.connection = new PGliteConnection(db);
  }
  db;
  connection;
  tail = Promise.resolve();
  releases = /* @__PURE__ */ new Map();
  async init() {
    await this.db.waitReady;
  }
  async acquireConnection() {
    let release;
    const turn = new Promise((resolve2) => {
      release = resolve2;
    });
    const previous = this.tail;
    this.tail = previous.then(() => turn);
    await previous;
    this.releases.set(this.connection, release);
    return this.connection;
  }
  async beginTransaction(conn, settings) {
    const level = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : "";
    await conn.executeQuery(CompiledQuery.raw(`begin${level}`));
  }
  async commitTransaction(conn) {
    await conn.executeQuery(CompiledQuery.raw("commit"));
  }
  async rollbackTransaction(conn) {
    await conn.executeQuery(CompiledQuery.raw("rollback"));
  }
  releaseConnection(conn) {
    const release = this.releases.get(conn);
    this.releases.delete(conn);
    release?.();
    return Promise.resolve();
  }
  async destroy() {
    if (!this.db.closed) await this.db.close();
  }
};
var PGliteDialect = class {
  constructor(db) {
    this.db = db;
  }
  db;
  createAdapter = () => new PostgresAdapter();
  createDriver = () => new PGliteDriver(this.db);
  createQueryCompiler = () => new PostgresQueryCompiler();
  createIntrospector = (db) => new PostgresIntrospector(db);
};

// src/server/store/database.ts
var LISTEN_APPLICATION = "npf-change-listener";
async function listenPostgres(url, channel, heard, resumed, warn) {
  let client = null;
  let stopped = false;
  let retry = null;
  let delay = 500;
  const open = async () => {
    const next = new pg.Client({ connectionString: url, application_name: LISTEN_APPLICATION });
    next.on("notification", (m) => {
      if (m.channel === channel) heard(m.payload ?? "");
    });
    const lost = (error) => {
      if (client !== next || stopped) return;
      client = null;
      warn("change notifications lost: reconnecting", error);
      next.end().catch(() => void 0);
      schedule();
    };
    next.on("error", lost);
    next.on("end", () => lost());
    client = next;
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    delay = 500;
  };
  const schedule = () => {
    retry = setTimeout(() => {
      retry = null;
      open().then(resumed, (error) => {
        client = null;
        warn("change notifications: reconnect failed", error);
        delay = Math.min(delay * 2, 3e4);
        if (!stopped) schedule();
      });
    }, delay);
    retry.unref();
  };
  await open();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const last = client;
    client = null;
    await last?.end().catch(() => void 0);
  };
}
function warnLine(msg, error) {
  process.stderr.write(
    `${JSON.stringify({ time: (/* @__PURE__ */ new Date()).toISOString(), level: "warn", msg, error: { message: error instanceof Error ? error.message : "connection ended" } })}
`
  );
}
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
var PGLITE_CONF = [
  "shared_buffers = 16MB",
  "max_wal_size = 1GB",
  "min_wal_size = 80MB",
  "datestyle = 'iso, mdy'",
  "timezone = UTC",
  "log_timezone = UTC",
  "lc_messages = C",
  "lc_monetary = C",
  "lc_numeric = C",
  "lc_time = C",
  "default_text_search_config = 'pg_catalog.english'"
].join("\n");
async function createDataDir(dataDir) {
  if (existsSync4(join4(dataDir, "PG_VERSION"))) return;
  const pglite = import.meta.resolve("@electric-sql/pglite");
  const script = [
    `const { PGlite } = await import(${JSON.stringify(pglite)});`,
    "const db = new PGlite(process.argv[1]);",
    "await db.waitReady;",
    "await db.close();"
  ].join("\n");
  await new Promise((resolve2, reject) => {
    execFile(
      process.execPath,
      ["--input-type=module", "-e", script, dataDir],
      { maxBuffer: 4 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error)
          reject(
            new Error(
              `creating the database in ${dataDir} failed: ${stderr.trim() || error.message}`
            )
          );
        else resolve2();
      }
    );
  });
}
async function openDatabase(target) {
  let opened;
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    pool.on("error", (error) => {
      process.stderr.write(
        `${JSON.stringify({ time: (/* @__PURE__ */ new Date()).toISOString(), level: "warn", msg: "database connection lost", error: { message: error.message } })}
`
      );
    });
    const url = new URL(target.url);
    const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
    opened = {
      db,
      kind: "postgres",
      where: `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: () => db.destroy(),
      listen: (channel, heard, resumed = () => void 0) => listenPostgres(target.url, channel, heard, resumed, warnLine)
    };
  } else {
    if (target.dataDir) {
      mkdirSync(target.dataDir, { recursive: true });
      await createDataDir(target.dataDir);
    }
    const lite = new PGlite(target.dataDir ?? void 0, { postgresqlconf: PGLITE_CONF });
    const db = new Kysely({ dialect: new PGliteDialect(lite) });
    opened = {
      db,
      kind: "pglite",
      where: target.dataDir ?? "memory",
      close: () => db.destroy(),
      // PGlite is one session, this process's own: its NOTIFY reaches its LISTEN in-process. The
      // LISTEN is issued holding the connection, so it cannot land inside someone's transaction.
      listen: (channel, heard) => db.connection().execute(async () => {
        const stop = await lite.listen(channel, heard);
        return () => lite.closed ? Promise.resolve() : stop();
      })
    };
  }
  try {
    await migrateToLatest(opened.db);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

// mocks/data/citations.ts
var SOURCE_DATE = "2024-05-16";
var SOURCE = { zh: "\u5357\u4EAC\u53D1\u5E03", en: "Nanjing Release" };
var EVENT = {
  zh: "\u6C5F\u82CF\u7701\u653F\u5E9C\u201C\u575A\u5B9A\u4FE1\u5FC3\u3001\u9F13\u8DB3\u5E72\u52B2\u3001\u52C7\u6311\u5927\u6881\u201D\u7CFB\u5217\u4E3B\u9898\u9996\u573A\u65B0\u95FB\u53D1\u5E03\u4F1A",
  en: 'Jiangsu provincial government press conference (first of the "Firm confidence, full effort, shoulder the load" series)'
};
var SPEAKERS = {
  "gov-mayor": {
    speaker: { zh: "\u9648\u4E4B\u5E38", en: "Chen Zhichang" },
    role: { zh: "\u5357\u4EAC\u5E02\u59D4\u526F\u4E66\u8BB0\u3001\u5E02\u957F", en: "Deputy Party Secretary of Nanjing and Mayor" }
  },
  "gov-opening": {
    speaker: { zh: "\u9093\u667A\u6BC5", en: "Deng Zhiyi" },
    role: {
      zh: "\u5357\u4EAC\u5E02\u59D4\u5E38\u59D4\u3001\u526F\u5E02\u957F",
      en: "Member of the Standing Committee of the CPC Nanjing Committee and Vice-Mayor"
    }
  },
  "gov-sti": {
    speaker: { zh: "\u5434\u709C", en: "Wu Wei" },
    role: { zh: "\u5357\u4EAC\u5E02\u526F\u5E02\u957F", en: "Vice-Mayor of Nanjing" }
  },
  jiangbei: {
    speaker: { zh: "\u5434\u52C7\u5F3A", en: "Wu Yongqiang" },
    role: {
      zh: "\u5357\u4EAC\u6C5F\u5317\u65B0\u533A\u515A\u5DE5\u59D4\u526F\u4E66\u8BB0\u3001\u7BA1\u59D4\u4F1A\u4E3B\u4EFB",
      en: "Deputy Party Secretary and Director of the Administrative Committee, Jiangbei New Area"
    }
  },
  ndrc: {
    speaker: { zh: "\u94B1\u7EF4", en: "Qian Wei" },
    role: {
      zh: "\u5357\u4EAC\u5E02\u53D1\u5C55\u548C\u6539\u9769\u59D4\u5458\u4F1A\u4E3B\u4EFB",
      en: "Director, Nanjing Municipal Development and Reform Commission"
    }
  },
  finance: {
    speaker: { zh: "\u64CD\u6587\u8363", en: "Cao Wenrong" },
    role: {
      zh: "\u5357\u4EAC\u5E02\u5730\u65B9\u91D1\u878D\u7BA1\u7406\u5C40\u5C40\u957F",
      en: "Director, Nanjing Local Financial Administration"
    }
  }
};
function cite(speaker, quote) {
  const { speaker: name, role } = SPEAKERS[speaker];
  return {
    speaker: { ...name },
    role: { ...role },
    departmentId: speaker,
    date: SOURCE_DATE,
    source: { ...SOURCE },
    event: { ...EVENT },
    quote
  };
}
function citeQuestion(answeredBy, quote) {
  const { speaker: name, role } = SPEAKERS[answeredBy];
  return {
    ...cite(answeredBy, quote),
    speaker: { zh: "\u8BB0\u8005\u63D0\u95EE", en: "Journalist\u2019s question" },
    role: {
      zh: `\u5411${role.zh}${name.zh}\u63D0\u95EE`,
      en: `put to ${name.en}, ${role.en}`
    }
  };
}
var citeBy = {
  mayor: (quote) => cite("gov-mayor", quote),
  opening: (quote) => cite("gov-opening", quote),
  sti: (quote) => cite("gov-sti", quote),
  jiangbei: (quote) => cite("jiangbei", quote),
  ndrc: (quote) => cite("ndrc", quote),
  finance: (quote) => cite("finance", quote)
};

// mocks/data/builders.ts
var loc = ([zh, en]) => ({ zh, en });
function illustrative(zh, en) {
  return { kind: "illustrative", note: { zh, en } };
}
function reported(speaker, quote) {
  return { kind: "reported", citation: cite(speaker, quote) };
}
var NOTE = {
  history: () => illustrative("\u793A\u610F\u6570\u636E\uFF1A\u6765\u6E90\u672A\u7ED9\u51FA\u5386\u53F2\u503C", "Illustrative: the source gives no history"),
  later: () => illustrative(
    "\u793A\u610F\u6570\u636E\uFF1A\u53D1\u5E03\u4F1A\u4E4B\u540E\u7684\u6570\u503C\u4E3A\u865A\u6784",
    "Illustrative: values after the press conference are invented"
  ),
  target: () => illustrative("\u793A\u610F\u76EE\u6807\uFF1A\u6765\u6E90\u672A\u7ED9\u51FA\u76EE\u6807", "Illustrative: the source states no target"),
  revised: () => illustrative(
    "\u793A\u610F\u76EE\u6807\uFF1A\u76EE\u6807\u7684\u4FEE\u8BA2\u4E3A\u865A\u6784",
    "Illustrative: the revision of the target is invented"
  ),
  due: () => illustrative("\u793A\u610F\u65E5\u671F\uFF1A\u6765\u6E90\u672A\u7ED9\u51FA\u5B8C\u6210\u65F6\u9650", "Illustrative: the source gives no due date"),
  targetDate: () => illustrative(
    "\u793A\u610F\u65E5\u671F\uFF1A\u6765\u6E90\u7ED9\u51FA\u4E86\u76EE\u6807\u503C\uFF0C\u4F46\u672A\u7ED9\u51FA\u76EE\u6807\u65E5\u671F",
    "Illustrative date: the source states the target, not when it is due"
  ),
  update: () => illustrative("\u793A\u610F\u8FDB\u5C55\uFF1A\u6765\u6E90\u672A\u62A5\u544A\u5B9E\u65BD\u8FDB\u5C55", "Illustrative: the source reports no progress")
};
var count = (zh, en, one) => ({
  kind: "count",
  label: { zh, en },
  one
});
var UNIT = {
  yuan: { kind: "currency", label: { zh: "\u5143", en: "yuan" } },
  persons: { kind: "persons", label: { zh: "\u4EBA", en: "people" }, one: "person" },
  rank: { kind: "rank", label: { zh: "\u4F4D", en: "rank" } },
  firms: count("\u5BB6", "firms", "firm"),
  labs: count("\u5BB6", "laboratories", "laboratory"),
  items: count("\u9879", "items", "item"),
  universities: count("\u6240", "universities", "university"),
  years: count("\u5E74", "years", "year"),
  measures: count("\u6761", "measures", "measure"),
  instruments: count("\u9879", "instruments", "instrument")
};
function illTarget(value, date, comparator = "atLeast", setOn = SOURCE_DATE, provenance = NOTE.target()) {
  return { value, date, comparator, setOn, provenance };
}
function repTarget(value, date, comparator, speaker, quote) {
  return {
    value,
    date,
    comparator,
    setOn: SOURCE_DATE,
    provenance: reported(speaker, quote),
    dateProvenance: NOTE.targetDate()
  };
}
function base(spec) {
  return {
    id: spec.id,
    ...spec.factCode ? { factCode: spec.factCode } : {},
    headline: spec.headline ?? false,
    thrustId: spec.thrust,
    thrustAssignment: spec.assign,
    name: loc(spec.name),
    description: loc(spec.description),
    ownerIds: spec.owner ? [spec.owner] : spec.owners ?? [spec.by],
    ownerProvenance: spec.owner ? "illustrative" : "reported",
    commitment: spec.commitment ?? cite(spec.by, spec.quote),
    cadence: spec.cadence
  };
}
function quant(spec) {
  const observations = (spec.values ?? []).map(([date, value]) => ({
    date,
    value,
    qualifier: "exact",
    provenance: date < (spec.reported?.date ?? SOURCE_DATE) ? NOTE.history() : NOTE.later()
  }));
  const rep = spec.reported;
  if (rep) {
    observations.push({
      date: rep.date,
      value: rep.value,
      qualifier: rep.qualifier,
      provenance: reported(spec.by, rep.quote ?? spec.quote),
      ...rep.note ? { note: loc(rep.note) } : {}
    });
  }
  observations.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const first = observations[0];
  return {
    kind: "quantitative",
    ...base(spec),
    unit: spec.unit,
    direction: spec.lowerIsBetter ? "lowerIsBetter" : "higherIsBetter",
    ...spec.context ? { context: true } : {},
    ...first ? { baseline: { date: first.date, value: first.value, provenance: first.provenance } } : {},
    targets: spec.targets ?? [],
    observations
  };
}
function milestone(spec) {
  const updates = [
    ...spec.reportedUpdates ?? [],
    ...(spec.updates ?? []).map(([date, state]) => ({ date, state, provenance: NOTE.update() }))
  ].sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return {
    kind: "milestone",
    ...base(spec),
    due: { date: spec.due, provenance: NOTE.due() },
    updates
  };
}

// mocks/data/indicators-t1.ts
var KEY_LABS = "\u6784\u5EFA30\u5BB6\u5DE6\u53F3\u5168\u56FD\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u65B9\u9635";
var F3_FIRMS = "\u7D2F\u8BA1\u670D\u52A1\u57F9\u80B2\u5404\u7C7B\u4F01\u4E1A1500\u4F59\u5BB6";
var F3_UNIS = "\u540C\u65F6\u8054\u52A8\u957F\u4E09\u89D250\u591A\u6240\u9AD8\u6821\u8FBE\u6210\u5408\u4F5C";
var F4_NEEDS = "\u76EE\u524D\u5DF2\u7D2F\u8BA1\u5F81\u96C6\u4F01\u4E1A\u6280\u672F\u9700\u6C42\u548C\u89E3\u51B3\u65B9\u6848\u8FD13500\u9879";
var F4_FIRMS = "\u670D\u52A1\u4F01\u4E1A\u8D85\u8FC74000\u5BB6";
var F4_RESULTS = "\u4FC3\u6210\u6280\u672F\u5408\u4F5C\u6210\u679C\u8FD1400\u9879";
var F6_CHAIN = "\u521D\u6B65\u6784\u5EFA\u5F62\u6210\u4E86\u79D1\u6280\u6210\u679C\u4ECE\u201C\u6210\u679C\u4EA7\u51FA\u2014\u6982\u5FF5\u9A8C\u8BC1\u2014\u5C0F\u8BD5\u4E2D\u8BD5\u2014\u5DE5\u7A0B\u5316\u8F6C\u5316\u2014\u4F01\u4E1A\u5B75\u5316\u201D\u7684\u5168\u94FE\u6761\u8F6C\u5316\u6D41\u7A0B";
var t1Indicators = [
  quant({
    id: "key-labs",
    thrust: "T1",
    assign: "source",
    by: "gov-mayor",
    quote: KEY_LABS,
    name: ["\u5168\u56FD\u91CD\u70B9\u5B9E\u9A8C\u5BA4", "National key laboratories"],
    description: [
      "\u5728\u5B81\u5168\u56FD\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u6570\u91CF\u3002\u76EE\u6807\u201C30\u5BB6\u5DE6\u53F3\u201D\u6765\u81EA\u6765\u6E90;\u76EE\u6807\u65E5\u671F\u4E0E\u5404\u5E74\u6570\u503C\u4E3A\u793A\u610F\u3002",
      "National key laboratories in Nanjing. The target of about 30 is the source\u2019s; its date and all values are illustrative."
    ],
    cadence: "annual",
    unit: UNIT.labs,
    values: [
      ["2023-12-31", 22],
      ["2024-12-31", 25],
      ["2025-12-31", 27]
    ],
    targets: [repTarget(30, "2027-12-31", "about", "gov-mayor", KEY_LABS)]
  }),
  quant({
    id: "suqing-enterprises",
    factCode: "F3",
    headline: true,
    thrust: "T1",
    assign: "dataset",
    by: "gov-mayor",
    quote: F3_FIRMS,
    name: ["\u201C\u82CF\u9752\u5408\u4F19\u4EBA\u201D\u7D2F\u8BA1\u670D\u52A1\u57F9\u80B2\u4F01\u4E1A", "\u201CSuqing Partner\u201D firms served"],
    description: [
      "\u201C\u82CF\u9752\u5408\u4F19\u4EBA\u201D\u9752\u521B\u670D\u52A1\u751F\u6001\u94FE\u7D2F\u8BA1\u670D\u52A1\u57F9\u80B2\u7684\u5404\u7C7B\u4F01\u4E1A\u3002\u76EE\u6807\u53CA\u5176\u4FEE\u8BA2\u4E3A\u793A\u610F\u3002",
      "Enterprises served and incubated, cumulatively, by the \u201CSuqing Partner\u201D youth-startup network. The target and its revision are illustrative."
    ],
    cadence: "semiannual",
    unit: UNIT.firms,
    reported: { date: "2024-05-16", value: 1500, qualifier: "over" },
    values: [
      ["2022-12-31", 800],
      ["2023-12-31", 1200],
      ["2025-06-30", 1850],
      ["2026-06-30", 2200]
    ],
    targets: [
      illTarget(2e3, "2025-12-31"),
      illTarget(2500, "2026-12-31", "atLeast", "2025-07-31", NOTE.revised())
    ]
  }),
  quant({
    id: "suqing-universities",
    factCode: "F3",
    thrust: "T1",
    assign: "dataset",
    by: "gov-mayor",
    quote: F3_UNIS,
    name: ["\u201C\u82CF\u9752\u5408\u4F19\u4EBA\u201D\u5408\u4F5C\u9AD8\u6821", "\u201CSuqing Partner\u201D partner universities"],
    description: [
      "\u4E0E\u201C\u82CF\u9752\u5408\u4F19\u4EBA\u201D\u8FBE\u6210\u5408\u4F5C\u7684\u957F\u4E09\u89D2\u9AD8\u6821\u3002\u76EE\u6807\u4E3A\u793A\u610F\u3002",
      "Yangtze River Delta universities cooperating with the \u201CSuqing Partner\u201D network. The target is illustrative."
    ],
    cadence: "semiannual",
    unit: UNIT.universities,
    reported: { date: "2024-05-16", value: 50, qualifier: "over" },
    values: [["2023-06-30", 40]],
    targets: [illTarget(60, "2026-12-31")]
  }),
  quant({
    id: "yrd-tech-needs",
    factCode: "F4",
    headline: true,
    thrust: "T1",
    assign: "dataset",
    by: "gov-mayor",
    quote: F4_NEEDS,
    name: ["\u957F\u4E09\u89D2\u79D1\u6280\u5408\u4F5C\u5F81\u96C6\u6280\u672F\u9700\u6C42", "YRD technology needs collected"],
    description: [
      "\u957F\u4E09\u89D2(\u90FD\u5E02\u5708)\u79D1\u6280\u5408\u4F5C\u7D2F\u8BA1\u5F81\u96C6\u7684\u4F01\u4E1A\u6280\u672F\u9700\u6C42\u548C\u89E3\u51B3\u65B9\u6848\u3002\u76EE\u6807\u4E3A\u793A\u610F\u3002",
      "Enterprise technology needs and solutions collected, cumulatively, through Yangtze River Delta (metropolitan) S&T cooperation. The target is illustrative."
    ],
    cadence: "annual",
    unit: UNIT.items,
    // 近3500项: just under 3,500, not "about".
    reported: { date: "2024-05-16", value: 3500, qualifier: "nearly" },
    values: [
      ["2022-12-31", 2e3],
      ["2023-12-31", 3e3],
      ["2025-12-31", 3800]
    ],
    targets: [illTarget(5e3, "2026-12-31")]
  }),
  quant({
    id: "yrd-firms-served",
    factCode: "F4",
    thrust: "T1",
    assign: "dataset",
    by: "gov-mayor",
    quote: F4_FIRMS,
    name: ["\u957F\u4E09\u89D2\u79D1\u6280\u5408\u4F5C\u670D\u52A1\u4F01\u4E1A", "YRD cooperation: firms served"],
    description: [
      "\u957F\u4E09\u89D2(\u90FD\u5E02\u5708)\u79D1\u6280\u5408\u4F5C\u7D2F\u8BA1\u670D\u52A1\u7684\u4F01\u4E1A\u3002\u76EE\u6807\u53CA\u5176\u4FEE\u8BA2\u4E3A\u793A\u610F\u3002",
      "Enterprises served, cumulatively, by Yangtze River Delta (metropolitan) S&T cooperation. The target and its revision are illustrative."
    ],
    cadence: "semiannual",
    unit: UNIT.firms,
    reported: { date: "2024-05-16", value: 4e3, qualifier: "over" },
    values: [
      ["2022-12-31", 2500],
      ["2025-06-30", 4400]
    ],
    targets: [
      illTarget(5e3, "2025-12-31"),
      illTarget(5500, "2026-12-31", "atLeast", "2025-12-31", NOTE.revised())
    ]
  }),
  quant({
    id: "yrd-coop-results",
    factCode: "F4",
    thrust: "T1",
    assign: "dataset",
    by: "gov-mayor",
    quote: F4_RESULTS,
    name: ["\u957F\u4E09\u89D2\u6280\u672F\u5408\u4F5C\u6210\u679C", "YRD technology-cooperation results"],
    description: [
      "\u957F\u4E09\u89D2(\u90FD\u5E02\u5708)\u79D1\u6280\u5408\u4F5C\u7D2F\u8BA1\u4FC3\u6210\u7684\u6280\u672F\u5408\u4F5C\u6210\u679C\u3002\u76EE\u6807\u4E3A\u793A\u610F\u3002",
      "Technology-cooperation results brokered, cumulatively, by Yangtze River Delta (metropolitan) S&T cooperation. The target is illustrative."
    ],
    cadence: "annual",
    unit: UNIT.items,
    reported: { date: "2024-05-16", value: 400, qualifier: "nearly" },
    values: [
      ["2022-12-31", 250],
      ["2025-12-31", 430]
    ],
    targets: [illTarget(600, "2026-12-31")]
  }),
  milestone({
    id: "transfer-chain",
    factCode: "F6",
    headline: true,
    thrust: "T1",
    assign: "dataset",
    by: "gov-sti",
    quote: F6_CHAIN,
    name: ["\u79D1\u6280\u6210\u679C\u5168\u94FE\u6761\u8F6C\u5316\u6D41\u7A0B", "Five-stage technology-transfer chain"],
    description: [
      "\u6210\u679C\u4EA7\u51FA\u2014\u6982\u5FF5\u9A8C\u8BC1\u2014\u5C0F\u8BD5\u4E2D\u8BD5\u2014\u5DE5\u7A0B\u5316\u8F6C\u5316\u2014\u4F01\u4E1A\u5B75\u5316\u3002\u6765\u6E90\u79F0\u5DF2\u201C\u521D\u6B65\u6784\u5EFA\u5F62\u6210\u201D,\u4E0B\u4E00\u6B65\u201C\u8FDB\u4E00\u6B65\u5B8C\u5584\u201D,\u5E76\u672A\u5EFA\u6210;\u5B8C\u6210\u65F6\u9650\u4E0E\u5176\u540E\u7684\u8FDB\u5C55\u4E3A\u793A\u610F\u3002",
      "Results \u2192 proof of concept \u2192 pilot testing \u2192 engineering \u2192 incubation. The source says the chain has been initially formed and is to be improved further, not that it is complete; the due date and later progress are illustrative."
    ],
    cadence: "semiannual",
    due: "2027-12-31",
    reportedUpdates: [
      {
        date: "2024-05-16",
        // 初步构建形成: initially formed, to be improved further; not finished.
        state: "inProgress",
        provenance: reported("gov-sti", F6_CHAIN),
        note: {
          zh: "\u6765\u6E90:\u5DF2\u521D\u6B65\u6784\u5EFA\u5F62\u6210,\u6709\u5F85\u8FDB\u4E00\u6B65\u5B8C\u5584",
          en: "Source: initially formed, still to be improved"
        }
      }
    ],
    // Illustrative: the chain improved and in place by mid-2026; the source says only 初步构建形成.
    updates: [
      ["2025-06-30", "inProgress"],
      ["2026-06-30", "done"]
    ]
  }),
  milestone({
    id: "major-platforms",
    thrust: "T1",
    assign: "source",
    by: "gov-mayor",
    owner: "sti-bureau",
    quote: "\u63A8\u52A8\u7D2B\u91D1\u5C71\u5B9E\u9A8C\u5BA4\u3001\u96C6\u6210\u7535\u8DEF\u8BBE\u8BA1\u81EA\u52A8\u5316\u6280\u672F\u521B\u65B0\u4E2D\u5FC3\u3001\u7B2C\u4E09\u4EE3\u534A\u5BFC\u4F53\u6280\u672F\u521B\u65B0\u4E2D\u5FC3\u3001\u9AD8\u6027\u80FD\u819C\u6750\u6599\u521B\u65B0\u4E2D\u5FC3\u7B49\u91CD\u5927\u521B\u65B0\u5E73\u53F0\u53D6\u5F97\u66F4\u591A\u539F\u521B\u6027\u3001\u98A0\u8986\u6027\u6210\u679C",
    name: ["\u91CD\u5927\u521B\u65B0\u5E73\u53F0\u539F\u521B\u6210\u679C", "Original results of major platforms"],
    description: [
      "\u7D2B\u91D1\u5C71\u5B9E\u9A8C\u5BA4\u7B49\u91CD\u5927\u521B\u65B0\u5E73\u53F0\u53D6\u5F97\u66F4\u591A\u539F\u521B\u6027\u3001\u98A0\u8986\u6027\u6210\u679C\u3002",
      "Purple Mountain Laboratories and other major platforms deliver more original, disruptive results."
    ],
    cadence: "semiannual",
    due: "2027-12-31",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-12-31", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "big-science-facilities",
    thrust: "T1",
    assign: "source",
    by: "gov-mayor",
    quote: "\u52A0\u5FEB\u539F\u5B50\u6781\u9650\u5FAE\u5236\u9020\u3001\u57FA\u56E0\u53CA\u7EC6\u80DE\u4EFF\u751F\u7B49\u5927\u79D1\u5B66\u88C5\u7F6E\u9884\u7814\u57F9\u80B2",
    name: ["\u5927\u79D1\u5B66\u88C5\u7F6E\u9884\u7814\u57F9\u80B2", "Large science facilities pre-research"],
    description: [
      "\u539F\u5B50\u6781\u9650\u5FAE\u5236\u9020\u3001\u57FA\u56E0\u53CA\u7EC6\u80DE\u4EFF\u751F\u7B49\u5927\u79D1\u5B66\u88C5\u7F6E\u7684\u9884\u7814\u57F9\u80B2\u3002",
      "Pre-research for large science facilities: atomic-limit micro-manufacturing, gene and cell bionics."
    ],
    cadence: "quarterly",
    due: "2027-12-31",
    updates: [
      ["2024-09-30", "notStarted"],
      ["2025-09-30", "notStarted"],
      ["2026-09-30", "notStarted"]
    ]
  }),
  milestone({
    id: "talent-platforms",
    thrust: "T1",
    assign: "source",
    by: "gov-mayor",
    owner: "sti-bureau",
    quote: "\u52A0\u5FEB\u9AD8\u6C34\u5E73\u4EBA\u624D\u96C6\u805A\u5E73\u53F0\u5EFA\u8BBE",
    name: ["\u9AD8\u6C34\u5E73\u4EBA\u624D\u96C6\u805A\u5E73\u53F0", "High-level talent platforms"],
    description: ["\u52A0\u5FEB\u9AD8\u6C34\u5E73\u4EBA\u624D\u96C6\u805A\u5E73\u53F0\u5EFA\u8BBE\u3002", "Build platforms that gather high-level talent."],
    cadence: "semiannual",
    due: "2027-06-30",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "through-transfer-system",
    thrust: "T1",
    assign: "source",
    by: "gov-mayor",
    quote: "\u6784\u5EFA\u8D2F\u901A\u5F0F\u79D1\u6280\u6210\u679C\u8F6C\u5316\u4F53\u7CFB,\u628A\u66F4\u591A\u79D1\u6280\u521B\u65B0\u6210\u679C\u5E94\u7528\u5230\u5177\u4F53\u4EA7\u4E1A\u548C\u4EA7\u4E1A\u94FE\u4E0A",
    name: ["\u8D2F\u901A\u5F0F\u79D1\u6280\u6210\u679C\u8F6C\u5316\u4F53\u7CFB", "Through-type technology-transfer system"],
    description: [
      "\u6784\u5EFA\u8D2F\u901A\u5F0F\u79D1\u6280\u6210\u679C\u8F6C\u5316\u4F53\u7CFB,\u628A\u66F4\u591A\u6210\u679C\u5E94\u7528\u5230\u4EA7\u4E1A\u94FE\u4E0A\u3002",
      "A through-type system that carries more research results into industry chains."
    ],
    cadence: "quarterly",
    due: "2026-06-30",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2025-09-30", "inProgress"],
      ["2026-09-30", "inProgress"]
    ]
  }),
  milestone({
    id: "transfer-special-policy",
    thrust: "T1",
    assign: "dataset",
    by: "gov-sti",
    quote: "\u7EC7\u7262\u201C\u4FDD\u969C\u7F51\u201D,\u51FA\u53F0\u4E13\u9879\u653F\u7B56\u4FC3\u8FDB\u8F6C\u5316",
    name: ["\u6210\u679C\u8F6C\u5316\u4E13\u9879\u653F\u7B56", "Technology-transfer policy package"],
    description: [
      "\u7EC7\u7262\u201C\u4FDD\u969C\u7F51\u201D,\u51FA\u53F0\u4E13\u9879\u653F\u7B56\u4FC3\u8FDB\u79D1\u6280\u6210\u679C\u8F6C\u5316\u3002",
      "A dedicated policy package to promote technology transfer (the \u201Csafety net\u201D)."
    ],
    cadence: "semiannual",
    due: "2025-12-31",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2025-03-31", "done"]
    ]
  }),
  milestone({
    id: "talent-channels",
    thrust: "T1",
    assign: "dataset",
    by: "ndrc",
    quote: "\u4E3A\u79D1\u521B\u4F01\u4E1A\u62D3\u5BBD\u5F15\u624D\u6E20\u9053",
    name: ["\u79D1\u521B\u4F01\u4E1A\u5F15\u624D\u6E20\u9053", "Talent channels for tech firms"],
    description: [
      "\u4E3A\u79D1\u521B\u4F01\u4E1A\u62D3\u5BBD\u5F15\u624D\u6E20\u9053,\u4E3A\u4F01\u4E1A\u548C\u9AD8\u6821\u9662\u6240\u642D\u5EFA\u6865\u6881\u3002",
      "Widen talent channels for science and technology firms, bridging firms and universities."
    ],
    cadence: "quarterly",
    due: "2026-12-31",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2026-03-31", "inProgress"]
    ]
  })
];

// mocks/data/indicators-t2.ts
var PROJECTS = "\u5B9E\u65BD\u626C\u5B50\u2014\u626C\u5DF4\u8F7B\u70C3\u7EFC\u5408\u5229\u7528\u7B49\u4E00\u6279\u603B\u6295\u8D44\u8D85\u5343\u4EBF\u7684\u589E\u91CF\u9879\u76EE";
var SOFTWARE = "\u6253\u9020\u4E07\u4EBF\u7EA7\u8F6F\u4EF6\u548C\u4FE1\u606F\u670D\u52A1\u4EA7\u4E1A\u96C6\u7FA4";
var F5_FIRMS = "\u5DF2\u7ECF\u5F62\u6210\u4E86\u5305\u542B138\u5BB6\u4F01\u4E1A\u7684\u914D\u5957\u5B8C\u6574\u3001\u9AD8\u6548\u7A33\u5B9A\u7684\u8F68\u9053\u4EA4\u901A\u4EA7\u4E1A\u4F9B\u5E94\u94FE";
var F5_GIANTS = "\u5DF2\u7ECF\u6709\u56FD\u5BB6\u7EA7\u4E13\u7CBE\u7279\u65B0\u201C\u5C0F\u5DE8\u4EBA\u201D\u4F01\u4E1A6\u5BB6";
var F5_SRDI = "\u7701\u7EA7\u4E13\u7CBE\u7279\u65B0\u4F01\u4E1A24\u5BB6";
var F5_DESC = "\u9876\u5C71\u2014\u6C4A\u6CB3\u8F68\u9053\u4EA4\u901A\u4EA7\u4E1A\u53D1\u5C55\u96C6\u805A\u533A(\u5357\u4EAC\u4E0E\u6EC1\u5DDE\u4EA4\u754C,\u4EE5\u4E2D\u8F66\u5357\u4EAC\u6D66\u9547\u8F66\u8F86\u6709\u9650\u516C\u53F8\u4E3A\u4E2D\u5FC3)";
var F5_DESC_EN = "Dingshan\u2013Chahe rail-transit industry cluster (on the Nanjing\u2013Chuzhou border, around CRRC Nanjing Puzhen)";
var t2Indicators = [
  quant({
    id: "incremental-projects-investment",
    thrust: "T2",
    assign: "source",
    by: "gov-mayor",
    quote: PROJECTS,
    name: ["\u589E\u91CF\u9879\u76EE\u5B8C\u6210\u6295\u8D44", "Incremental projects: investment made"],
    description: [
      "\u626C\u5B50\u2014\u626C\u5DF4\u8F7B\u70C3\u7EFC\u5408\u5229\u7528\u7B49\u589E\u91CF\u9879\u76EE\u7D2F\u8BA1\u5B8C\u6210\u6295\u8D44\u3002\u603B\u6295\u8D44\u201C\u8D85\u5343\u4EBF\u201D\u6765\u81EA\u6765\u6E90,\u4F5C\u4E3A\u76EE\u6807\u503C;\u76EE\u6807\u65E5\u671F\u4E0E\u5404\u671F\u6570\u503C\u4E3A\u793A\u610F\u3002",
      "Investment made so far in the batch of incremental projects such as Yangzi\u2013BASF light-hydrocarbon use. The batch\u2019s total of over 100 billion yuan is the source\u2019s and serves as the target; its date and all values are illustrative."
    ],
    cadence: "semiannual",
    unit: UNIT.yuan,
    values: [
      ["2024-06-30", 15e9],
      ["2024-12-31", 28e9],
      ["2025-12-31", 46e9],
      ["2026-06-30", 55e9]
    ],
    targets: [repTarget(1e11, "2028-12-31", "atLeast", "gov-mayor", PROJECTS)]
  }),
  quant({
    id: "software-cluster-revenue",
    thrust: "T2",
    assign: "source",
    by: "gov-mayor",
    quote: SOFTWARE,
    name: ["\u8F6F\u4EF6\u548C\u4FE1\u606F\u670D\u52A1\u4E1A\u6536\u5165", "Software and IT services revenue"],
    description: [
      "\u8F6F\u4EF6\u548C\u4FE1\u606F\u670D\u52A1\u4EA7\u4E1A\u96C6\u7FA4\u5E74\u6536\u5165\u3002\u201C\u4E07\u4EBF\u7EA7\u201D\u76EE\u6807\u6765\u81EA\u6765\u6E90;\u76EE\u6807\u65E5\u671F\u3001\u5176\u4FEE\u8BA2\u4E0E\u5404\u5E74\u6570\u503C\u4E3A\u793A\u610F\u3002",
      "Annual revenue of the software and information-services cluster. The trillion-yuan target is the source\u2019s; its date, the date\u2019s revision and all values are illustrative."
    ],
    cadence: "annual",
    unit: UNIT.yuan,
    values: [
      ["2023-12-31", 79e10],
      ["2024-12-31", 83e10],
      ["2025-12-31", 86e10]
    ],
    targets: [
      repTarget(1e12, "2026-12-31", "atLeast", "gov-mayor", SOFTWARE),
      illTarget(
        1e12,
        "2027-12-31",
        "atLeast",
        "2025-06-30",
        illustrative(
          "\u793A\u610F\u76EE\u6807\uFF1A\u5B8C\u6210\u65E5\u671F\u7684\u4FEE\u8BA2\u4E3A\u865A\u6784;\u201C\u4E07\u4EBF\u7EA7\u201D\u76EE\u6807\u503C\u6765\u81EA\u6765\u6E90",
          "Illustrative: the later date is invented; the trillion-yuan value is the source\u2019s"
        )
      )
    ]
  }),
  quant({
    id: "rail-cluster-enterprises",
    factCode: "F5",
    headline: true,
    thrust: "T2",
    assign: "dataset",
    by: "gov-mayor",
    quote: F5_FIRMS,
    name: ["\u8F68\u9053\u4EA4\u901A\u4EA7\u4E1A\u96C6\u805A\u533A\u4F01\u4E1A", "Rail-transit cluster enterprises"],
    description: [
      `${F5_DESC}\u4F9B\u5E94\u94FE\u4E2D\u7684\u4F01\u4E1A\u3002\u76EE\u6807\u4E3A\u793A\u610F\u3002`,
      `Enterprises in the supply chain of the ${F5_DESC_EN}. The target is illustrative.`
    ],
    cadence: "annual",
    unit: UNIT.firms,
    reported: { date: "2024-05-16", value: 138, qualifier: "exact" },
    values: [
      ["2022-12-31", 118],
      ["2023-12-31", 128],
      ["2025-12-31", 142]
    ],
    targets: [illTarget(150, "2025-12-31")]
  }),
  quant({
    id: "rail-cluster-little-giants",
    factCode: "F5",
    thrust: "T2",
    assign: "dataset",
    by: "gov-mayor",
    quote: F5_GIANTS,
    name: ["\u96C6\u805A\u533A\u56FD\u5BB6\u7EA7\u201C\u5C0F\u5DE8\u4EBA\u201D\u4F01\u4E1A", "Cluster \u201Clittle giant\u201D firms"],
    description: [
      `${F5_DESC}\u4E2D\u7684\u56FD\u5BB6\u7EA7\u4E13\u7CBE\u7279\u65B0\u201C\u5C0F\u5DE8\u4EBA\u201D\u4F01\u4E1A\u3002\u76EE\u6807\u4E3A\u793A\u610F\u3002`,
      `National \u201Clittle giant\u201D specialised firms in the ${F5_DESC_EN}. The target is illustrative.`
    ],
    cadence: "annual",
    unit: UNIT.firms,
    reported: { date: "2024-05-16", value: 6, qualifier: "exact" },
    values: [["2022-12-31", 4]],
    targets: [illTarget(8, "2026-12-31")]
  }),
  quant({
    id: "rail-cluster-provincial-srdi",
    factCode: "F5",
    thrust: "T2",
    assign: "dataset",
    by: "gov-mayor",
    quote: F5_SRDI,
    name: ["\u96C6\u805A\u533A\u7701\u7EA7\u4E13\u7CBE\u7279\u65B0\u4F01\u4E1A", "Cluster provincial specialised firms"],
    description: [
      `${F5_DESC}\u4E2D\u7684\u7701\u7EA7\u4E13\u7CBE\u7279\u65B0\u4F01\u4E1A\u3002\u6765\u6E90\u672A\u7ED9\u51FA\u5386\u53F2\u503C,\u6545\u53EA\u6709\u4E00\u4E2A\u6570\u503C;\u76EE\u6807\u4E3A\u793A\u610F\u3002`,
      `Provincial specialised and innovative (\u4E13\u7CBE\u7279\u65B0) firms in the ${F5_DESC_EN}. The source gives no history, so there is a single value; the target is illustrative.`
    ],
    cadence: "annual",
    unit: UNIT.firms,
    reported: { date: "2024-05-16", value: 24, qualifier: "exact" },
    targets: [illTarget(30, "2026-12-31")]
  }),
  milestone({
    id: "pillar-industries-upgrade",
    thrust: "T2",
    assign: "source",
    by: "gov-mayor",
    owner: "miit-bureau",
    quote: "\u5F15\u9886\u77F3\u5316\u3001\u94A2\u94C1\u3001\u6C7D\u8F66\u3001\u7535\u5B50\u4FE1\u606F\u56DB\u5927\u652F\u67F1\u4EA7\u4E1A\u7115\u65B0\u5347\u7EA7",
    name: ["\u56DB\u5927\u652F\u67F1\u4EA7\u4E1A\u7115\u65B0\u5347\u7EA7", "Upgrade of four pillar industries"],
    description: [
      "\u77F3\u5316\u3001\u94A2\u94C1\u3001\u6C7D\u8F66\u3001\u7535\u5B50\u4FE1\u606F\u56DB\u5927\u652F\u67F1\u4EA7\u4E1A\u7115\u65B0\u5347\u7EA7\u3002",
      "Renewal of the four pillar industries: petrochemicals, steel, automobiles, electronic information."
    ],
    cadence: "semiannual",
    due: "2027-12-31",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-12-31", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "smart-grid-lead",
    thrust: "T2",
    assign: "source",
    by: "gov-mayor",
    quote: "\u62D3\u5C55\u667A\u80FD\u7535\u7F51\u4EA7\u4E1A\u5168\u56FD\u9996\u4F4D\u7684\u9886\u5148\u4F18\u52BF",
    name: ["\u667A\u80FD\u7535\u7F51\u4EA7\u4E1A\u9886\u5148\u4F18\u52BF", "Smart-grid industry lead"],
    description: [
      "\u62D3\u5C55\u667A\u80FD\u7535\u7F51\u4EA7\u4E1A\u5168\u56FD\u9996\u4F4D\u7684\u9886\u5148\u4F18\u52BF\u3002",
      "Extend the lead of the smart-grid industry, ranked first nationally."
    ],
    cadence: "semiannual",
    due: "2028-12-31",
    updates: [
      ["2025-06-30", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  })
];

// mocks/data/indicators-t2-answers.ts
var t2AnswerIndicators = [
  milestone({
    id: "industry-three-year-plan",
    thrust: "T2",
    assign: "dataset",
    by: "gov-sti",
    // The plan is named in the journalist's question; 吴炜 answered for it.
    quote: "\u53BB\u5E74\u5357\u4EAC\u5370\u53D1\u4EA7\u4E1A\u5F3A\u5E02\u4E09\u5E74\u884C\u52A8\u8BA1\u5212,\u63D0\u51FA\u52A0\u5FEB\u5EFA\u8BBE\u4EE5\u5B9E\u4F53\u7ECF\u6D4E\u4E3A\u652F\u6491\u7684\u73B0\u4EE3\u5316\u4EA7\u4E1A\u4F53\u7CFB",
    commitment: citeQuestion(
      "gov-sti",
      "\u53BB\u5E74\u5357\u4EAC\u5370\u53D1\u4EA7\u4E1A\u5F3A\u5E02\u4E09\u5E74\u884C\u52A8\u8BA1\u5212,\u63D0\u51FA\u52A0\u5FEB\u5EFA\u8BBE\u4EE5\u5B9E\u4F53\u7ECF\u6D4E\u4E3A\u652F\u6491\u7684\u73B0\u4EE3\u5316\u4EA7\u4E1A\u4F53\u7CFB"
    ),
    name: ["\u4EA7\u4E1A\u5F3A\u5E02\u4E09\u5E74\u884C\u52A8\u8BA1\u5212", "Three-year action plan for an industrially strong city"],
    description: [
      "\u53BB\u5E74(2023\u5E74)\u5370\u53D1\u7684\u4EA7\u4E1A\u5F3A\u5E02\u4E09\u5E74\u884C\u52A8\u8BA1\u5212:\u52A0\u5FEB\u5EFA\u8BBE\u4EE5\u5B9E\u4F53\u7ECF\u6D4E\u4E3A\u652F\u6491\u7684\u73B0\u4EE3\u5316\u4EA7\u4E1A\u4F53\u7CFB\u3002\u8BA1\u5212\u89C1\u4E8E\u8BB0\u8005\u63D0\u95EE,\u5434\u709C\u526F\u5E02\u957F\u4F5C\u7B54;\u5B8C\u6210\u65F6\u9650\u4E0E\u5176\u540E\u7684\u8FDB\u5C55\u4E3A\u793A\u610F\u3002",
      "The three-year action plan for an industrially strong city, issued last year (2023): a modern industrial system resting on the real economy. The plan is named in the journalist\u2019s question, answered by Vice-Mayor Wu Wei; the due date and later progress are illustrative."
    ],
    cadence: "semiannual",
    due: "2026-06-30",
    reportedUpdates: [
      {
        date: "2024-05-16",
        state: "inProgress",
        provenance: reported(
          "gov-sti",
          "\u53BB\u5E74\u4EE5\u6765,\u5357\u4EAC\u575A\u6301\u628A\u4EA7\u4E1A\u5F3A\u5E02\u4F5C\u4E3A\u201C\u5934\u53F7\u5DE5\u7A0B\u201D,\u5927\u529B\u63A8\u8FDB\u65B0\u578B\u5DE5\u4E1A\u5316"
        ),
        note: {
          zh: "\u6765\u6E90:\u53BB\u5E74\u4EE5\u6765\u628A\u4EA7\u4E1A\u5F3A\u5E02\u4F5C\u4E3A\u201C\u5934\u53F7\u5DE5\u7A0B\u201D",
          en: "Source: since last year, an industrially strong city is the \u201Cnumber one project\u201D"
        }
      }
    ],
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-12-31", "inProgress"],
      ["2026-06-30", "done"]
    ]
  }),
  milestone({
    id: "equipment-renewal",
    thrust: "T2",
    assign: "dataset",
    by: "gov-sti",
    owner: "miit-bureau",
    quote: "\u5F00\u5C55\u65B0\u4E00\u8F6E\u5927\u89C4\u6A21\u8BBE\u5907\u66F4\u65B0,\u52A0\u5FEB\u4F01\u4E1A\u6280\u672F\u6539\u9020\u548C\u5DE5\u827A\u63D0\u5347",
    name: ["\u65B0\u4E00\u8F6E\u5927\u89C4\u6A21\u8BBE\u5907\u66F4\u65B0", "Large-scale equipment renewal"],
    description: [
      "\u5F00\u5C55\u65B0\u4E00\u8F6E\u5927\u89C4\u6A21\u8BBE\u5907\u66F4\u65B0,\u52A0\u5FEB\u4F01\u4E1A\u6280\u672F\u6539\u9020\u548C\u5DE5\u827A\u63D0\u5347\u3002",
      "A new round of large-scale equipment renewal, technical upgrading and process improvement."
    ],
    cadence: "quarterly",
    due: "2026-12-31",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2025-09-30", "inProgress"],
      ["2026-09-30", "done"]
    ]
  }),
  milestone({
    id: "national-clusters",
    thrust: "T2",
    assign: "dataset",
    by: "gov-sti",
    quote: "\u529B\u4E89\u518D\u4E89\u521B\u4E00\u6279\u56FD\u5BB6\u7EA7\u4EA7\u4E1A\u96C6\u7FA4",
    name: ["\u4E89\u521B\u56FD\u5BB6\u7EA7\u4EA7\u4E1A\u96C6\u7FA4", "More national industrial clusters"],
    description: [
      "\u5DE9\u56FA\u653E\u5927\u8F6F\u4EF6\u3001\u667A\u80FD\u7535\u7F51\u7B49\u4F18\u52BF\u4EA7\u4E1A,\u7784\u51C6\u667A\u80FD\u7F51\u8054\u6C7D\u8F66\u7B49\u9886\u57DF,\u518D\u4E89\u521B\u4E00\u6279\u56FD\u5BB6\u7EA7\u4EA7\u4E1A\u96C6\u7FA4\u3002",
      "Win another batch of national industrial clusters, e.g. in intelligent connected vehicles."
    ],
    cadence: "semiannual",
    due: "2027-06-30",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-12-31", "delayed"],
      ["2026-06-30", "delayed"]
    ]
  }),
  milestone({
    id: "future-industry-pilot-zone",
    thrust: "T2",
    assign: "dataset",
    by: "gov-sti",
    quote: "\u79EF\u6781\u4E89\u521B\u56FD\u5BB6\u672A\u6765\u4EA7\u4E1A\u5148\u5BFC\u533A",
    name: ["\u56FD\u5BB6\u672A\u6765\u4EA7\u4E1A\u5148\u5BFC\u533A", "National future-industry pilot zone"],
    description: [
      "\u7784\u51C6\u4EBA\u5DE5\u667A\u80FD\u3001\u672A\u6765\u7F51\u7EDC\u4E0E\u5148\u8FDB\u901A\u4FE1\u7B49\u9886\u57DF,\u4E89\u521B\u56FD\u5BB6\u672A\u6765\u4EA7\u4E1A\u5148\u5BFC\u533A\u3002",
      "Bid for a national future-industry pilot zone (AI, future networks, advanced communications)."
    ],
    cadence: "semiannual",
    due: "2027-12-31",
    updates: [
      ["2024-12-31", "notStarted"],
      ["2025-12-31", "notStarted"],
      ["2026-06-30", "notStarted"]
    ]
  }),
  milestone({
    id: "intl-consumption-centre",
    thrust: "T2",
    assign: "dataset",
    by: "gov-sti",
    owner: "commerce-bureau",
    quote: "\u6301\u7EED\u63A8\u8FDB\u56FD\u9645\u6D88\u8D39\u4E2D\u5FC3\u57CE\u5E02\u5EFA\u8BBE",
    name: ["\u56FD\u9645\u6D88\u8D39\u4E2D\u5FC3\u57CE\u5E02\u5EFA\u8BBE", "International consumption centre city"],
    description: [
      "\u63A8\u52A8\u751F\u6D3B\u6027\u670D\u52A1\u4E1A\u54C1\u8D28\u5316\u53D1\u5C55,\u6301\u7EED\u63A8\u8FDB\u56FD\u9645\u6D88\u8D39\u4E2D\u5FC3\u57CE\u5E02\u5EFA\u8BBE\u3002",
      "Raise the quality of consumer services and build Nanjing into an international consumption centre city."
    ],
    cadence: "semiannual",
    due: "2028-06-30",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "smart-factories",
    thrust: "T2",
    assign: "dataset",
    by: "jiangbei",
    quote: "\u7EE7\u7EED\u63A8\u52A8\u66F4\u591A\u5DE5\u4E1A\u4F01\u4E1A\u201C\u667A\u6539\u6570\u8F6C\u7F51\u8054\u201D,\u7740\u529B\u57F9\u80B2\u66F4\u591A\u56FD\u5BB6\u7EA7\u3001\u7701\u7EA7\u793A\u8303\u6027\u667A\u80FD\u5DE5\u5382",
    name: ["\u6C5F\u5317\u65B0\u533A\u793A\u8303\u6027\u667A\u80FD\u5DE5\u5382", "Jiangbei model smart factories"],
    description: [
      "\u63A8\u52A8\u5DE5\u4E1A\u4F01\u4E1A\u201C\u667A\u6539\u6570\u8F6C\u7F51\u8054\u201D,\u57F9\u80B2\u66F4\u591A\u56FD\u5BB6\u7EA7\u3001\u7701\u7EA7\u793A\u8303\u6027\u667A\u80FD\u5DE5\u5382\u3002",
      "Digital and intelligent upgrading of industrial firms; more national and provincial model smart factories."
    ],
    cadence: "semiannual",
    due: "2027-06-30",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "computing-infrastructure",
    thrust: "T2",
    assign: "dataset",
    by: "jiangbei",
    quote: "\u91CD\u70B9\u52A0\u5FEB\u7B97\u529B\u57FA\u7840\u8BBE\u65BD\u5EFA\u8BBE",
    name: ["\u7B97\u529B\u57FA\u7840\u8BBE\u65BD\u5EFA\u8BBE", "Computing infrastructure"],
    description: [
      "\u6C5F\u5317\u65B0\u533A\u5E03\u5C40\u672A\u6765\u4EA7\u4E1A,\u91CD\u70B9\u52A0\u5FEB\u7B97\u529B\u57FA\u7840\u8BBE\u65BD\u5EFA\u8BBE\u3002",
      "Jiangbei New Area speeds up computing infrastructure for future industries."
    ],
    cadence: "quarterly",
    due: "2026-06-30",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2025-09-30", "inProgress"],
      ["2026-09-30", "inProgress"]
    ]
  }),
  milestone({
    id: "ai-bci",
    thrust: "T2",
    assign: "dataset",
    by: "jiangbei",
    quote: "\u79EF\u6781\u63A2\u7D22\u65B0\u4E00\u4EE3\u4EBA\u5DE5\u667A\u80FD\u3001\u8111\u673A\u9886\u57DF\u65B0\u6280\u672F\u53CA\u4EA7\u4E1A\u5316\u5E94\u7528",
    name: ["\u4EBA\u5DE5\u667A\u80FD\u4E0E\u8111\u673A\u4EA7\u4E1A\u5316", "AI and brain\u2013computer interfaces"],
    description: [
      "\u63A2\u7D22\u65B0\u4E00\u4EE3\u4EBA\u5DE5\u667A\u80FD\u3001\u8111\u673A\u9886\u57DF\u65B0\u6280\u672F\u53CA\u4EA7\u4E1A\u5316\u5E94\u7528\u3002",
      "New technologies and industrial applications in new-generation AI and brain\u2013computer interfaces."
    ],
    cadence: "semiannual",
    due: "2028-06-30",
    updates: [
      ["2025-06-30", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "chain-matchmaking",
    thrust: "T2",
    assign: "dataset",
    by: "ndrc",
    quote: "\u4E3A\u79D1\u521B\u4F01\u4E1A\u642D\u5EFA\u4EA7\u4E1A\u94FE\u5BF9\u63A5\u5E73\u53F0",
    name: ["\u79D1\u521B\u4F01\u4E1A\u4EA7\u4E1A\u94FE\u5BF9\u63A5\u5E73\u53F0", "Industry-chain matchmaking platform"],
    description: [
      "\u4E3A\u79D1\u521B\u4F01\u4E1A\u642D\u5EFA\u66F4\u52A0\u591A\u5143\u7684\u4EA7\u4E1A\u94FE\u5BF9\u63A5\u5E73\u53F0,\u63A8\u52A8\u9879\u76EE\u5408\u4F5C\u843D\u5730\u3002",
      "Matchmaking platforms that connect science and technology firms with industry chains."
    ],
    cadence: "semiannual",
    due: "2025-12-31",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-06-30", "done"]
    ]
  })
];

// mocks/data/indicators-t3.ts
var t3Indicators = [
  milestone({
    id: "green-policy-system",
    thrust: "T3",
    assign: "source",
    by: "gov-mayor",
    owner: "eco-bureau",
    quote: "\u5168\u9762\u6784\u5EFA\u7EFF\u8272\u4F4E\u78B3\u53D1\u5C55\u653F\u7B56\u4F53\u7CFB,\u534F\u540C\u63A8\u8FDB\u6C61\u67D3\u6CBB\u7406\u4E0E\u964D\u78B3\u51CF\u6392",
    name: ["\u7EFF\u8272\u4F4E\u78B3\u53D1\u5C55\u653F\u7B56\u4F53\u7CFB", "Green low-carbon policy system"],
    description: [
      "\u5168\u9762\u6784\u5EFA\u7EFF\u8272\u4F4E\u78B3\u53D1\u5C55\u653F\u7B56\u4F53\u7CFB,\u534F\u540C\u63A8\u8FDB\u6C61\u67D3\u6CBB\u7406\u4E0E\u964D\u78B3\u51CF\u6392\u3002",
      "A full green low-carbon policy system; pollution control and carbon reduction pursued together."
    ],
    cadence: "semiannual",
    due: "2026-06-30",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-06-30", "inProgress"],
      ["2025-12-31", "done"]
    ]
  }),
  milestone({
    id: "green-factories",
    thrust: "T3",
    assign: "source",
    by: "gov-mayor",
    owner: "miit-bureau",
    quote: "\u52A0\u5FEB\u521B\u5EFA\u4E00\u6279\u7EFF\u8272\u5DE5\u5382",
    name: ["\u521B\u5EFA\u4E00\u6279\u7EFF\u8272\u5DE5\u5382", "A batch of green factories"],
    description: [
      "\u52A0\u5FEB\u521B\u5EFA\u4E00\u6279\u7EFF\u8272\u5DE5\u5382,\u57F9\u80B2\u4E00\u6279\u7EFF\u8272\u53D1\u5C55\u9886\u519B\u4F01\u4E1A\u3002",
      "Create a batch of green factories and grow green leading enterprises."
    ],
    cadence: "semiannual",
    due: "2027-12-31",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-12-31", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "green-scenarios",
    thrust: "T3",
    assign: "source",
    by: "gov-mayor",
    owner: "eco-bureau",
    quote: "\u53D1\u5E03\u4E00\u6279\u7EFF\u8272\u4F4E\u78B3\u5E94\u7528\u573A\u666F",
    name: ["\u7EFF\u8272\u4F4E\u78B3\u5E94\u7528\u573A\u666F", "Green low-carbon application scenarios"],
    description: [
      "\u53D1\u5E03\u4E00\u6279\u7EFF\u8272\u4F4E\u78B3\u5E94\u7528\u573A\u666F,\u63A8\u5E7F\u5148\u8FDB\u7EFF\u8272\u6280\u672F\u3002",
      "Publish a batch of green low-carbon application scenarios to spread advanced green technology."
    ],
    cadence: "semiannual",
    due: "2025-12-31",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-06-30", "done"]
    ]
  }),
  milestone({
    id: "carbon-peak-pilot-park",
    thrust: "T3",
    assign: "source",
    by: "gov-mayor",
    owner: "eco-bureau",
    quote: "\u63A8\u52A8\u56FD\u5BB6\u78B3\u8FBE\u5CF0\u8BD5\u70B9\u56ED\u533A\u5EFA\u8BBE",
    name: ["\u56FD\u5BB6\u78B3\u8FBE\u5CF0\u8BD5\u70B9\u56ED\u533A", "National carbon-peak pilot park"],
    description: ["\u63A8\u52A8\u56FD\u5BB6\u78B3\u8FBE\u5CF0\u8BD5\u70B9\u56ED\u533A\u5EFA\u8BBE\u3002", "Build the national carbon-peak pilot park."],
    cadence: "quarterly",
    due: "2027-06-30",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2025-03-31", "inProgress"],
      ["2025-09-30", "inProgress"]
    ]
  }),
  milestone({
    id: "green-service-cluster",
    thrust: "T3",
    assign: "source",
    by: "gov-mayor",
    quote: "\u6253\u9020\u7701\u7EA7\u7EFF\u8272\u4F4E\u78B3\u670D\u52A1\u4E1A\u96C6\u805A\u533A",
    name: ["\u7701\u7EA7\u7EFF\u8272\u4F4E\u78B3\u670D\u52A1\u4E1A\u96C6\u805A\u533A", "Provincial green services cluster"],
    description: [
      "\u6253\u9020\u7701\u7EA7\u7EFF\u8272\u4F4E\u78B3\u670D\u52A1\u4E1A\u96C6\u805A\u533A,\u5F62\u6210\u7EFF\u8272\u4EA7\u4E1A\u4F53\u7CFB\u3002",
      "A provincial cluster of green low-carbon services, part of a green industrial system."
    ],
    cadence: "semiannual",
    due: "2027-12-31",
    updates: [
      ["2024-12-31", "notStarted"],
      ["2025-12-31", "notStarted"],
      ["2026-06-30", "notStarted"]
    ]
  }),
  milestone({
    id: "new-type-storage",
    thrust: "T3",
    assign: "source",
    by: "gov-mayor",
    quote: "\u63A8\u52A8\u7EFF\u8272\u80FD\u6E90\u548C\u65B0\u578B\u50A8\u80FD\u53D1\u5C55",
    name: ["\u7EFF\u8272\u80FD\u6E90\u548C\u65B0\u578B\u50A8\u80FD", "Green energy and new-type storage"],
    description: [
      "\u4FC3\u8FDB\u4F20\u7EDF\u80FD\u6E90\u6E05\u6D01\u4F4E\u78B3\u9AD8\u6548\u5229\u7528,\u63A8\u52A8\u7EFF\u8272\u80FD\u6E90\u548C\u65B0\u578B\u50A8\u80FD\u53D1\u5C55\u3002",
      "Cleaner use of traditional energy; growth of green energy and new-type energy storage."
    ],
    cadence: "semiannual",
    due: "2028-06-30",
    updates: [
      ["2025-06-30", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "nev-friendly-city",
    thrust: "T3",
    assign: "source",
    by: "gov-mayor",
    quote: "\u6253\u9020\u65B0\u80FD\u6E90\u6C7D\u8F66\u53CB\u597D\u57CE\u5E02",
    name: ["\u65B0\u80FD\u6E90\u6C7D\u8F66\u53CB\u597D\u57CE\u5E02", "NEV-friendly city"],
    description: [
      "\u6253\u9020\u65B0\u80FD\u6E90\u6C7D\u8F66\u53CB\u597D\u57CE\u5E02,\u63D0\u5347\u53D1\u5C55\u7684\u201C\u542B\u7EFF\u91CF\u201D\u3002",
      "Make Nanjing a city friendly to new-energy vehicles."
    ],
    cadence: "semiannual",
    due: "2027-06-30",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-12-31", "delayed"],
      ["2026-06-30", "delayed"]
    ]
  })
];

// mocks/data/indicators-t4.ts
var F1_GDP = "2023\u5E74,\u5357\u4EAC\u90FD\u5E02\u5708\u5730\u533A\u751F\u4EA7\u603B\u503C\u7A81\u78345\u4E07\u4EBF";
var F2_POP = "\u5E38\u4F4F\u4EBA\u53E3\u8D853500\u4E07";
var F7_BENCHMARK = "\u8FDE\u7EED\u4E24\u5E74\u83B7\u8BC4\u5168\u56FD\u201C\u8425\u5546\u73AF\u5883\u6807\u6746\u57CE\u5E02\u201D";
var F7_TOP_TEN = "2023\u5E74,\u5165\u9009\u5168\u56FD\u5DE5\u5546\u8054\u4E07\u5BB6\u6C11\u4F01\u8BC4\u8425\u5546\u73AF\u5883\u201C\u6700\u4F73\u53E3\u7891\u7701\u4F1A\u53CA\u526F\u7701\u7EA7\u57CE\u5E02\u201D\u524D\u5341";
var F7_MSE = "\u5728\u5DE5\u4FE1\u90E8\u4E2D\u5C0F\u4F01\u4E1A\u53D1\u5C55\u73AF\u5883\u8BC4\u4F30\u4E2D,\u6392\u540D\u5168\u56FD\u7B2C\u4E09";
var ZONES = "\u52A0\u5FEB\u56FD\u5BB6\u79D1\u521B\u91D1\u878D\u6539\u9769\u8BD5\u9A8C\u533A\u3001\u77E5\u8BC6\u4EA7\u6743\u4FDD\u62A4\u793A\u8303\u533A\u5EFA\u8BBE";
var PILOT_ZONE_YEAR = "\u5357\u4EAC\u901A\u8FC7\u4E00\u5E74\u591A\u7684\u56FD\u5BB6\u7EA7\u79D1\u521B\u91D1\u878D\u6539\u9769\u8BD5\u9A8C\u533A\u5EFA\u8BBE";
var t4Indicators = [
  quant({
    id: "metro-gdp",
    factCode: "F1",
    headline: true,
    thrust: "T4",
    assign: "dataset",
    by: "gov-mayor",
    quote: F1_GDP,
    name: ["\u5357\u4EAC\u90FD\u5E02\u5708\u5730\u533A\u751F\u4EA7\u603B\u503C", "Nanjing metropolitan area GDP"],
    description: [
      "\u5357\u4EAC\u90FD\u5E02\u5708\u5730\u533A\u751F\u4EA7\u603B\u503C(\u5E74\u5EA6)\u30022023\u5E74\u6570\u503C\u6765\u81EA\u6765\u6E90;\u5176\u4ED6\u5E74\u4EFD\u4E0E\u76EE\u6807\u4E3A\u793A\u610F\u3002",
      "Annual GDP of the Nanjing metropolitan area. The 2023 figure is the source\u2019s; other years and the target are illustrative."
    ],
    cadence: "annual",
    unit: UNIT.yuan,
    reported: { date: "2023-12-31", value: 5e12, qualifier: "over" },
    values: [
      ["2021-12-31", 445e10],
      ["2022-12-31", 47e11],
      ["2024-12-31", 52e11],
      ["2025-12-31", 54e11]
    ],
    targets: [illTarget(6e12, "2027-12-31")]
  }),
  quant({
    id: "metro-population",
    factCode: "F2",
    headline: true,
    thrust: "T4",
    assign: "dataset",
    by: "gov-mayor",
    quote: F2_POP,
    name: ["\u5357\u4EAC\u90FD\u5E02\u5708\u5E38\u4F4F\u4EBA\u53E3", "Nanjing metropolitan area population"],
    description: [
      "\u5357\u4EAC\u90FD\u5E02\u5708\u5E74\u672B\u5E38\u4F4F\u4EBA\u53E3\u3002\u8FD9\u662F\u80CC\u666F\u6307\u6807,\u4E0D\u8BBE\u76EE\u6807;2023\u5E74\u6570\u503C\u6765\u81EA\u6765\u6E90,\u5176\u4ED6\u5E74\u4EFD\u4E3A\u793A\u610F\u3002",
      "Resident population of the Nanjing metropolitan area at year end. A context figure with no target; 2023 is the source\u2019s, other years are illustrative."
    ],
    cadence: "annual",
    context: true,
    unit: UNIT.persons,
    reported: { date: "2023-12-31", value: 35e6, qualifier: "over" },
    values: [
      ["2021-12-31", 346e5],
      ["2022-12-31", 348e5],
      ["2024-12-31", 351e5]
    ]
  }),
  quant({
    id: "sme-environment-rank",
    factCode: "F7",
    headline: true,
    thrust: "T4",
    assign: "dataset",
    by: "ndrc",
    quote: F7_MSE,
    name: ["\u5DE5\u4FE1\u90E8\u4E2D\u5C0F\u4F01\u4E1A\u53D1\u5C55\u73AF\u5883\u8BC4\u4F30\u6392\u540D", "MIIT SME-environment ranking"],
    description: [
      "\u5DE5\u4FE1\u90E8\u4E2D\u5C0F\u4F01\u4E1A\u53D1\u5C55\u73AF\u5883\u8BC4\u4F30\u4E2D\u5357\u4EAC\u7684\u5168\u56FD\u6392\u540D,\u6570\u5B57\u8D8A\u5C0F\u8D8A\u597D\u30022023\u5E74\u540D\u6B21\u6765\u81EA\u6765\u6E90;\u5176\u4ED6\u5E74\u4EFD\u4E0E\u76EE\u6807\u4E3A\u793A\u610F\u3002",
      "Nanjing\u2019s national rank in MIIT\u2019s assessment of the development environment for SMEs; lower is better. The 2023 rank is the source\u2019s; other years and the target are illustrative."
    ],
    cadence: "annual",
    unit: UNIT.rank,
    lowerIsBetter: true,
    reported: { date: "2023-12-31", value: 3, qualifier: "exact" },
    values: [["2022-12-31", 6]],
    // Not 3rd: a target equal to the reported rank would be "achieved" by construction.
    targets: [illTarget(2, "2026-12-31", "atMost")]
  }),
  quant({
    id: "benchmark-city-years",
    factCode: "F7",
    thrust: "T4",
    assign: "dataset",
    by: "ndrc",
    quote: F7_BENCHMARK,
    name: ["\u201C\u8425\u5546\u73AF\u5883\u6807\u6746\u57CE\u5E02\u201D\u8FDE\u7EED\u83B7\u8BC4\u5E74\u6570", "Years as business-environment benchmark city"],
    description: [
      "\u8FDE\u7EED\u83B7\u8BC4\u5168\u56FD\u201C\u8425\u5546\u73AF\u5883\u6807\u6746\u57CE\u5E02\u201D\u7684\u5E74\u6570\u3002\u80CC\u666F\u6570\u636E,\u6765\u6E90\u672A\u8BBE\u76EE\u6807;2022\u5E74\u6570\u503C\u4E3A\u793A\u610F\u3002",
      "Consecutive years Nanjing was named a national business-environment benchmark city. A context figure: the source sets no target; the 2022 value is illustrative."
    ],
    cadence: "annual",
    context: true,
    unit: UNIT.years,
    reported: { date: "2023-12-31", value: 2, qualifier: "exact" },
    values: [["2022-12-31", 1]]
  }),
  quant({
    id: "best-reputation-rank",
    factCode: "F7",
    thrust: "T4",
    assign: "dataset",
    by: "ndrc",
    quote: F7_TOP_TEN,
    name: ["\u201C\u6700\u4F73\u53E3\u7891\u201D\u7701\u4F1A\u53CA\u526F\u7701\u7EA7\u57CE\u5E02\u6392\u540D", "Best-reputation city ranking"],
    description: [
      "\u5168\u56FD\u5DE5\u5546\u8054\u4E07\u5BB6\u6C11\u4F01\u8BC4\u8425\u5546\u73AF\u5883\u201C\u6700\u4F73\u53E3\u7891\u7701\u4F1A\u53CA\u526F\u7701\u7EA7\u57CE\u5E02\u201D\u3002\u80CC\u666F\u6570\u636E:\u6765\u6E90\u53EA\u8BF4\u201C\u524D\u5341\u201D,\u672A\u7ED9\u51FA\u5177\u4F53\u540D\u6B21\u3001\u5386\u53F2\u503C\u4E0E\u76EE\u6807\u3002",
      "ACFIC survey of 10,000 private firms: best-reputation provincial capitals and sub-provincial cities. A context figure: the source says only \u201Ctop ten\u201D, with no exact place, history or target."
    ],
    cadence: "annual",
    context: true,
    unit: UNIT.rank,
    lowerIsBetter: true,
    reported: {
      date: "2023-12-31",
      value: 10,
      qualifier: "withinTop",
      note: ["\u4F4D\u4E8E\u524D\u5341\u4E4B\u5185,\u5177\u4F53\u540D\u6B21\u672A\u516C\u5E03", "Within the top ten; the exact position is not given"]
    }
  }),
  milestone({
    id: "sci-fin-pilot-zone",
    thrust: "T4",
    assign: "source",
    by: "gov-mayor",
    owners: ["finance"],
    quote: ZONES,
    name: ["\u56FD\u5BB6\u79D1\u521B\u91D1\u878D\u6539\u9769\u8BD5\u9A8C\u533A", "National sci-tech finance pilot zone"],
    description: [
      "\u56FD\u5BB6\u79D1\u521B\u91D1\u878D\u6539\u9769\u8BD5\u9A8C\u533A\u5EFA\u8BBE\u3002\u8BB0\u8005\u63D0\u95EE\u79F0\u5357\u4EAC\u662F\u5168\u56FD\u73B0\u6709\u4E03\u4E2A\u8BD5\u9A8C\u533A\u4E4B\u4E00;\u5E02\u5730\u65B9\u91D1\u878D\u7BA1\u7406\u5C40\u4F5C\u7B54:\u8BD5\u9A8C\u533A\u5DF2\u5EFA\u8BBE\u201C\u4E00\u5E74\u591A\u201D\u3002\u5B8C\u6210\u65F6\u9650\u4E0E\u5176\u540E\u7684\u8FDB\u5C55\u4E3A\u793A\u610F\u3002",
      "Building the national sci-tech finance reform pilot zone, one of seven nationally (as the journalist\u2019s question puts it); the finance administration answered that it has been under construction for over a year. The due date and later progress are illustrative."
    ],
    cadence: "semiannual",
    due: "2027-12-31",
    reportedUpdates: [
      {
        date: "2024-05-16",
        state: "inProgress",
        provenance: reported("finance", PILOT_ZONE_YEAR),
        note: { zh: "\u6765\u6E90:\u8BD5\u9A8C\u533A\u5DF2\u5EFA\u8BBE\u4E00\u5E74\u591A", en: "Source: under construction for over a year" }
      }
    ],
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-12-31", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "ip-protection-zone",
    thrust: "T4",
    assign: "source",
    by: "gov-mayor",
    quote: ZONES,
    name: ["\u77E5\u8BC6\u4EA7\u6743\u4FDD\u62A4\u793A\u8303\u533A", "IP protection demonstration zone"],
    description: [
      "\u77E5\u8BC6\u4EA7\u6743\u4FDD\u62A4\u793A\u8303\u533A\u5EFA\u8BBE\u3002",
      "Building the intellectual-property protection demonstration zone."
    ],
    cadence: "semiannual",
    due: "2027-06-30",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-12-31", "inProgress"]
    ]
  }),
  milestone({
    id: "business-env-policy",
    thrust: "T4",
    assign: "source",
    by: "gov-mayor",
    owners: ["ndrc"],
    quote: "\u6301\u7EED\u4F18\u5316\u8425\u5546\u73AF\u5883\u653F\u7B56\u4F53\u7CFB",
    name: ["\u8425\u5546\u73AF\u5883\u653F\u7B56\u4F53\u7CFB", "Business-environment policy"],
    description: [
      "\u6301\u7EED\u4F18\u5316\u8425\u5546\u73AF\u5883\u653F\u7B56\u4F53\u7CFB;\u5E02\u53D1\u6539\u59D4\u5728\u53D1\u5E03\u4F1A\u4E0A\u56DE\u7B54\u4E86\u8425\u5546\u73AF\u5883\u95EE\u9898\u3002",
      "Keep improving the business-environment policy system; the NDRC answered on the business environment."
    ],
    cadence: "quarterly",
    due: "2027-12-31",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2025-09-30", "inProgress"],
      ["2026-09-30", "inProgress"]
    ]
  }),
  milestone({
    id: "key-reforms",
    thrust: "T4",
    assign: "source",
    by: "gov-mayor",
    quote: "\u6DF1\u5165\u63A8\u8FDB\u8981\u7D20\u5E02\u573A\u5316\u914D\u7F6E\u3001\u79D1\u6280\u4EBA\u624D\u8BC4\u4EF7\u3001\u79D1\u6280\u4F53\u5236\u7B49\u91CD\u70B9\u9886\u57DF\u6539\u9769",
    name: ["\u91CD\u70B9\u9886\u57DF\u6539\u9769", "Reforms in key areas"],
    description: [
      "\u8981\u7D20\u5E02\u573A\u5316\u914D\u7F6E\u3001\u79D1\u6280\u4EBA\u624D\u8BC4\u4EF7\u3001\u79D1\u6280\u4F53\u5236\u7B49\u91CD\u70B9\u9886\u57DF\u6539\u9769\u3002",
      "Reforms of factor allocation, S&T talent evaluation and the S&T system."
    ],
    cadence: "semiannual",
    due: "2028-12-31",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "hu-ning-innovation-belt",
    thrust: "T4",
    assign: "dataset",
    by: "gov-mayor",
    quote: "\u6253\u9020\u6CBF\u6CAA\u5B81\u4EA7\u4E1A\u521B\u65B0\u5E26",
    name: ["\u6CBF\u6CAA\u5B81\u4EA7\u4E1A\u521B\u65B0\u5E26", "Shanghai\u2013Nanjing innovation belt"],
    description: [
      "\u878D\u5165\u957F\u4E09\u89D2\u4E00\u4F53\u5316:\u6253\u9020\u6CBF\u6CAA\u5B81\u4EA7\u4E1A\u521B\u65B0\u5E26\u3002",
      "Yangtze River Delta integration: an industrial innovation belt along the Shanghai\u2013Nanjing corridor."
    ],
    cadence: "semiannual",
    due: "2028-12-31",
    updates: [
      ["2025-06-30", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "regional-chain-action",
    thrust: "T4",
    assign: "dataset",
    by: "gov-mayor",
    quote: "\u5B9E\u65BD\u533A\u57DF\u4EA7\u4E1A\u94FE\u5F3A\u94FE\u8865\u94FE\u884C\u52A8",
    name: ["\u533A\u57DF\u4EA7\u4E1A\u94FE\u5F3A\u94FE\u8865\u94FE\u884C\u52A8", "Regional chain-strengthening action"],
    description: [
      "\u878D\u5165\u957F\u4E09\u89D2\u4E00\u4F53\u5316:\u5B9E\u65BD\u533A\u57DF\u4EA7\u4E1A\u94FE\u5F3A\u94FE\u8865\u94FE\u884C\u52A8\u3002",
      "Yangtze River Delta integration: strengthen and fill gaps in regional industry chains."
    ],
    cadence: "semiannual",
    due: "2026-12-31",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2026-03-31", "done"]
    ]
  }),
  milestone({
    id: "factor-market",
    thrust: "T4",
    assign: "dataset",
    by: "gov-mayor",
    quote: "\u5EFA\u8BBE\u9AD8\u6548\u8054\u52A8\u7684\u8981\u7D20\u5E02\u573A",
    name: ["\u9AD8\u6548\u8054\u52A8\u7684\u8981\u7D20\u5E02\u573A", "Linked regional factor market"],
    description: [
      "\u878D\u5165\u957F\u4E09\u89D2\u4E00\u4F53\u5316:\u5EFA\u8BBE\u9AD8\u6548\u8054\u52A8\u7684\u8981\u7D20\u5E02\u573A\u3002",
      "Yangtze River Delta integration: an efficient, linked factor market."
    ],
    cadence: "semiannual",
    due: "2027-12-31",
    updates: [
      ["2024-12-31", "notStarted"],
      ["2025-12-31", "notStarted"],
      ["2026-06-30", "notStarted"]
    ]
  })
];

// mocks/data/indicators-t4-finance.ts
var F8_RANK = "\u91D1\u878D\u7EFC\u5408\u7ADE\u4E89\u529B\u5168\u56FD\u7B2C7";
var F8_GFCI = "\u5168\u7403\u91D1\u878D\u4E2D\u5FC3\u6307\u6570\u6392\u540D\u7B2C63\u4F4D";
var F8_MEASURES = "\u51FA\u53F0\u79D1\u521B\u91D1\u878D\u9AD8\u8D28\u91CF\u53D1\u5C5512\u6761";
var F8_RELAY = "\u6784\u5EFA\u4E86\u201C\u5B81\u79D1\u6295\u201D\u201C\u5B81\u521B\u878D\u201D\u201C\u5B81\u79D1\u8D37\u201D\u201C\u5B81\u79D1\u503A\u201D\u201C\u5B81\u521B\u62C5\u201D\u4EE5\u53CA\u201C\u4F01\u4E1A\u4E0A\u5E02\u5B81\u822A\u884C\u52A8\u8BA1\u5212\u201D\u7684\u63A5\u529B\u5F0F\u91D1\u878D\u670D\u52A1\u4F53\u7CFB";
var t4FinanceIndicators = [
  quant({
    id: "financial-competitiveness-rank",
    factCode: "F8",
    headline: true,
    thrust: "T4",
    assign: "dataset",
    by: "finance",
    quote: F8_RANK,
    name: ["\u91D1\u878D\u7EFC\u5408\u7ADE\u4E89\u529B\u5168\u56FD\u6392\u540D", "Financial competitiveness rank"],
    description: [
      "\u5357\u4EAC\u91D1\u878D\u7EFC\u5408\u7ADE\u4E89\u529B\u7684\u5168\u56FD\u6392\u540D,\u6570\u5B57\u8D8A\u5C0F\u8D8A\u597D\u3002\u53D1\u5E03\u4F1A\u65F6\u7684\u540D\u6B21\u6765\u81EA\u6765\u6E90;\u5176\u4ED6\u6570\u503C\u4E0E\u76EE\u6807\u4E3A\u793A\u610F\u3002",
      "Nanjing\u2019s national rank in comprehensive financial competitiveness; lower is better. The rank at the press conference is the source\u2019s; other values and the target are illustrative."
    ],
    cadence: "annual",
    unit: UNIT.rank,
    lowerIsBetter: true,
    reported: { date: "2024-05-16", value: 7, qualifier: "exact" },
    values: [
      ["2022-12-31", 9],
      ["2025-06-30", 7]
    ],
    targets: [illTarget(5, "2027-12-31", "atMost")]
  }),
  quant({
    id: "gfci-rank",
    factCode: "F8",
    thrust: "T4",
    assign: "dataset",
    by: "finance",
    quote: F8_GFCI,
    name: ["\u5168\u7403\u91D1\u878D\u4E2D\u5FC3\u6307\u6570\u6392\u540D", "Global Financial Centres Index rank"],
    description: [
      "\u5357\u4EAC\u5728\u5168\u7403\u91D1\u878D\u4E2D\u5FC3\u6307\u6570(GFCI,\u6BCF\u534A\u5E74\u53D1\u5E03)\u4E2D\u7684\u6392\u540D,\u6570\u5B57\u8D8A\u5C0F\u8D8A\u597D\u3002\u53D1\u5E03\u4F1A\u65F6\u7684\u540D\u6B21\u6765\u81EA\u6765\u6E90;\u5176\u4ED6\u6570\u503C\u4E0E\u76EE\u6807\u4E3A\u793A\u610F\u3002",
      "Nanjing\u2019s rank in the Global Financial Centres Index (published twice a year); lower is better. The rank at the press conference is the source\u2019s; other values and the target are illustrative."
    ],
    cadence: "semiannual",
    unit: UNIT.rank,
    lowerIsBetter: true,
    reported: { date: "2024-05-16", value: 63, qualifier: "exact" },
    values: [
      ["2023-03-31", 66],
      ["2024-09-30", 65],
      ["2025-09-30", 64],
      ["2026-09-30", 61]
    ],
    targets: [illTarget(60, "2026-09-30", "atMost")]
  }),
  quant({
    id: "sci-fin-measures",
    factCode: "F8",
    thrust: "T4",
    assign: "dataset",
    by: "finance",
    quote: F8_MEASURES,
    name: ["\u79D1\u521B\u91D1\u878D\u9AD8\u8D28\u91CF\u53D1\u5C55\u63AA\u65BD", "Sci-tech finance measures"],
    description: [
      "\u5DF2\u51FA\u53F0\u7684\u79D1\u521B\u91D1\u878D\u9AD8\u8D28\u91CF\u53D1\u5C5512\u6761\u63AA\u65BD\u3002\u80CC\u666F\u6570\u636E:\u6765\u6E90\u62A5\u544A\u5176\u5DF2\u51FA\u53F0,\u672A\u8BBE\u76EE\u6807\u3002",
      "The 12 measures for high-quality sci-tech finance, already issued. A context figure: the source reports them issued and sets no target."
    ],
    cadence: "oneOff",
    context: true,
    unit: UNIT.measures,
    reported: { date: "2024-05-16", value: 12, qualifier: "exact" }
  }),
  quant({
    id: "relay-finance-instruments",
    factCode: "F8",
    thrust: "T4",
    assign: "dataset",
    by: "finance",
    quote: F8_RELAY,
    name: ["\u63A5\u529B\u5F0F\u91D1\u878D\u670D\u52A1\u5DE5\u5177", "Relay finance instruments"],
    description: [
      "\u201C\u5B81\u79D1\u6295\u201D\u201C\u5B81\u521B\u878D\u201D\u201C\u5B81\u79D1\u8D37\u201D\u201C\u5B81\u79D1\u503A\u201D\u201C\u5B81\u521B\u62C5\u201D\u4E0E\u201C\u4F01\u4E1A\u4E0A\u5E02\u5B81\u822A\u884C\u52A8\u8BA1\u5212\u201D\u3002\u80CC\u666F\u6570\u636E:\u6765\u6E90\u62A5\u544A\u8BE5\u4F53\u7CFB\u5DF2\u6784\u5EFA,\u672A\u8BBE\u76EE\u6807;2023\u5E74\u6570\u503C\u4E3A\u793A\u610F\u3002",
      "The relay of six instruments from venture investment to listing (Ning Ke Tou \u2026 Ning Hang listing plan). A context figure: the source reports the system built and sets no target; the 2023 value is illustrative."
    ],
    cadence: "oneOff",
    context: true,
    unit: UNIT.instruments,
    reported: { date: "2024-05-16", value: 6, qualifier: "exact" },
    values: [["2023-06-30", 3]]
  }),
  milestone({
    id: "equity-warrant-pilot",
    thrust: "T4",
    assign: "dataset",
    by: "finance",
    quote: "\u5F00\u5C55\u8BA4\u80A1\u6743\u7EFC\u5408\u670D\u52A1\u8BD5\u70B9",
    name: ["\u8BA4\u80A1\u6743\u7EFC\u5408\u670D\u52A1\u8BD5\u70B9", "Equity-warrant service pilot"],
    description: [
      "\u7A81\u51FA\u6D41\u7A0B\u518D\u9020\u548C\u670D\u52A1\u521B\u65B0,\u5F00\u5C55\u8BA4\u80A1\u6743\u7EFC\u5408\u670D\u52A1\u8BD5\u70B9\u3002",
      "A pilot of comprehensive equity-warrant services for tech firms."
    ],
    cadence: "semiannual",
    due: "2025-12-31",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2025-03-31", "done"]
    ]
  }),
  milestone({
    id: "credit-report-reform",
    thrust: "T4",
    assign: "dataset",
    by: "finance",
    quote: "\u5B9E\u65BD\u4F01\u4E1A\u4FE1\u7528\u62A5\u544A\u66FF\u4EE3\u4E0A\u5E02\u5408\u89C4\u8BC1\u660E\u6539\u9769,\u6709\u6548\u964D\u4F4E\u4F01\u4E1A\u4E0A\u5E02\u6210\u672C",
    name: ["\u4FE1\u7528\u62A5\u544A\u66FF\u4EE3\u4E0A\u5E02\u5408\u89C4\u8BC1\u660E", "Credit reports for listing compliance"],
    description: [
      "\u4EE5\u4F01\u4E1A\u4FE1\u7528\u62A5\u544A\u66FF\u4EE3\u4E0A\u5E02\u5408\u89C4\u8BC1\u660E,\u964D\u4F4E\u4F01\u4E1A\u4E0A\u5E02\u6210\u672C\u3002",
      "Credit reports replace listing-compliance certificates, cutting the cost of going public."
    ],
    cadence: "semiannual",
    due: "2025-06-30",
    updates: [
      ["2024-06-30", "inProgress"],
      ["2024-12-31", "done"]
    ]
  }),
  milestone({
    id: "szse-ip-trading-zone",
    thrust: "T4",
    assign: "dataset",
    by: "finance",
    quote: "\u4E0E\u6DF1\u4EA4\u6240\u5171\u5EFA\u79D1\u6280\u6210\u679C\u4E0E\u77E5\u8BC6\u4EA7\u6743\u4EA4\u6613\u5357\u4EAC\u4E13\u533A",
    name: ["\u6DF1\u4EA4\u6240\u79D1\u6280\u6210\u679C\u4E0E\u77E5\u8BC6\u4EA7\u6743\u4EA4\u6613\u5357\u4EAC\u4E13\u533A", "SZSE tech and IP trading zone"],
    description: [
      "\u4E0E\u6DF1\u4EA4\u6240\u5171\u5EFA\u79D1\u6280\u6210\u679C\u4E0E\u77E5\u8BC6\u4EA7\u6743\u4EA4\u6613\u5357\u4EAC\u4E13\u533A\u3002",
      "A Nanjing zone for trading technology results and IP, built with the Shenzhen Stock Exchange."
    ],
    cadence: "quarterly",
    due: "2026-06-30",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2025-09-30", "inProgress"],
      ["2026-09-30", "inProgress"]
    ]
  }),
  milestone({
    id: "tech-firm-financing",
    thrust: "T4",
    assign: "dataset",
    by: "ndrc",
    quote: "\u4E3A\u79D1\u521B\u4F01\u4E1A\u6253\u901A\u878D\u8D44\u5835\u70B9",
    name: ["\u6253\u901A\u79D1\u521B\u4F01\u4E1A\u878D\u8D44\u5835\u70B9", "Financing for tech firms"],
    description: [
      "\u68B3\u7406\u79D1\u521B\u578B\u3001\u521D\u6210\u957F\u578B\u4F01\u4E1A\u7684\u8D44\u91D1\u9700\u6C42,\u5E2E\u52A9\u4F01\u4E1A\u89E3\u51B3\u8D44\u91D1\u96BE\u9898\u3002",
      "Map the funding needs of young tech firms and clear their financing bottlenecks."
    ],
    cadence: "quarterly",
    due: "2027-06-30",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2025-09-30", "inProgress"],
      ["2026-09-30", "inProgress"]
    ]
  })
];

// mocks/data/indicators-t4-opening.ts
var t4OpeningIndicators = [
  milestone({
    id: "ftz-institutional-opening",
    thrust: "T4",
    assign: "dataset",
    by: "gov-opening",
    quote: "\u7EE7\u7EED\u7528\u597D\u201C\u81EA\u8D38\u8BD5\u9A8C\u533A+\u670D\u52A1\u4E1A\u6269\u5927\u5F00\u653E\u7EFC\u5408\u8BD5\u70B9\u201D\u91D1\u5B57\u62DB\u724C,\u521B\u9020\u66F4\u591A\u5F15\u9886\u6027\u3001\u6807\u5FD7\u6027\u5236\u5EA6\u521B\u65B0\u6210\u679C",
    name: ["\u81EA\u8D38\u8BD5\u9A8C\u533A\u5236\u5EA6\u521B\u65B0", "Free-trade zone institutional innovation"],
    description: [
      "\u7528\u597D\u201C\u81EA\u8D38\u8BD5\u9A8C\u533A+\u670D\u52A1\u4E1A\u6269\u5927\u5F00\u653E\u7EFC\u5408\u8BD5\u70B9\u201D,\u521B\u9020\u66F4\u591A\u5236\u5EA6\u521B\u65B0\u6210\u679C\u3002",
      "Use the free-trade zone and the services opening-up pilot to produce more institutional innovations."
    ],
    cadence: "semiannual",
    due: "2027-12-31",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-12-31", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "lukou-phase-3",
    thrust: "T4",
    assign: "dataset",
    by: "gov-opening",
    quote: "\u4EE5\u7984\u53E3\u673A\u573A\u4E09\u671F\u5EFA\u8BBE\u4E3A\u91CD\u70B9,\u6269\u5927\u548C\u5F15\u8FDB\u66F4\u591A\u57FA\u5730\u822A\u7A7A\u516C\u53F8",
    name: ["\u7984\u53E3\u673A\u573A\u4E09\u671F\u4E0E\u57FA\u5730\u822A\u7A7A\u516C\u53F8", "Lukou airport phase III"],
    description: [
      "\u4EE5\u7984\u53E3\u673A\u573A\u4E09\u671F\u5EFA\u8BBE\u4E3A\u91CD\u70B9,\u6269\u5927\u548C\u5F15\u8FDB\u66F4\u591A\u57FA\u5730\u822A\u7A7A\u516C\u53F8\u3002",
      "Build phase III of Lukou airport and attract more home-based airlines."
    ],
    cadence: "semiannual",
    due: "2028-06-30",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-12-31", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "china-europe-rail",
    thrust: "T4",
    assign: "dataset",
    by: "gov-opening",
    quote: "\u8FDB\u4E00\u6B65\u63D0\u5347\u4E2D\u6B27\u73ED\u5217\u5F00\u884C\u8D28\u6548",
    name: ["\u4E2D\u6B27\u73ED\u5217\u5F00\u884C\u8D28\u6548", "China\u2013Europe rail express"],
    description: [
      "\u8FDB\u4E00\u6B65\u63D0\u5347\u4E2D\u6B27\u73ED\u5217\u5F00\u884C\u8D28\u6548\u3002",
      "Better quality and efficiency of China\u2013Europe rail express services."
    ],
    cadence: "quarterly",
    due: "2027-12-31",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2025-06-30", "inProgress"],
      ["2025-12-31", "inProgress"]
    ]
  }),
  milestone({
    id: "shipping-logistics-centre",
    thrust: "T4",
    assign: "dataset",
    by: "gov-opening",
    quote: "\u52A0\u5FEB\u6253\u9020\u533A\u57DF\u6027\u822A\u8FD0\u7269\u6D41\u4E2D\u5FC3,\u5145\u5206\u53D1\u6325\u6DF1\u6C34\u822A\u9053\u7684\u6F5C\u80FD",
    name: ["\u533A\u57DF\u6027\u822A\u8FD0\u7269\u6D41\u4E2D\u5FC3", "Regional shipping logistics centre"],
    description: [
      "\u52A0\u5FEB\u6253\u9020\u533A\u57DF\u6027\u822A\u8FD0\u7269\u6D41\u4E2D\u5FC3,\u53D1\u6325\u6DF1\u6C34\u822A\u9053\u6F5C\u80FD\u3002",
      "A regional shipping and logistics centre that uses the deep-water channel."
    ],
    cadence: "semiannual",
    due: "2027-06-30",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2025-12-31", "delayed"],
      ["2026-06-30", "delayed"]
    ]
  }),
  milestone({
    id: "multimodal-transport",
    thrust: "T4",
    assign: "dataset",
    by: "gov-opening",
    quote: "\u901A\u8FC7\u201C\u6C34\u94C1\u8054\u8FD0\u201D\u201C\u6C34\u6C34\u8054\u8FD0\u201D\u7B49\u65B0\u7684\u5185\u5916\u8054\u901A\u201C\u7ACB\u4EA4\u6865\u201D\u6765\u63D0\u9AD8\u6548\u7387",
    name: ["\u6C34\u94C1\u8054\u8FD0\u4E0E\u6C34\u6C34\u8054\u8FD0", "Water\u2013rail and water\u2013water transport"],
    description: [
      "\u901A\u8FC7\u201C\u6C34\u94C1\u8054\u8FD0\u201D\u201C\u6C34\u6C34\u8054\u8FD0\u201D\u63D0\u9AD8\u5185\u5916\u8054\u901A\u6548\u7387\u3002",
      "Water\u2013rail and water\u2013water multimodal links to move goods more efficiently."
    ],
    cadence: "semiannual",
    due: "2026-12-31",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2026-03-31", "done"]
    ]
  }),
  milestone({
    id: "fortune-500-investment",
    thrust: "T4",
    assign: "dataset",
    by: "gov-opening",
    owner: "commerce-bureau",
    quote: "\u5438\u5F15\u66F4\u591A\u7684\u4E16\u754C500\u5F3A\u4F01\u4E1A\u6765\u5357\u4EAC\u6295\u8D44",
    name: ["\u5438\u5F15\u4E16\u754C500\u5F3A\u6295\u8D44", "Fortune Global 500 investment"],
    description: [
      "\u4F18\u5316\u8425\u5546\u73AF\u5883,\u5438\u5F15\u66F4\u591A\u7684\u4E16\u754C500\u5F3A\u4F01\u4E1A\u6765\u5357\u4EAC\u6295\u8D44\u3002",
      "Attract more Fortune Global 500 companies to invest in Nanjing."
    ],
    cadence: "semiannual",
    due: "2027-12-31",
    updates: [
      ["2024-12-31", "inProgress"],
      ["2026-06-30", "inProgress"]
    ]
  }),
  milestone({
    id: "new-trade-forms",
    thrust: "T4",
    assign: "dataset",
    by: "gov-opening",
    owner: "commerce-bureau",
    quote: "\u8FDB\u4E00\u6B65\u6316\u6398\u5F00\u62D3\u670D\u52A1\u8D38\u6613\u3001\u7EFF\u8272\u8D38\u6613\u3001\u6570\u5B57\u8D38\u6613\u8FD9\u4E9B\u65B0\u7684\u98CE\u53E3",
    name: ["\u670D\u52A1\u8D38\u6613\u3001\u7EFF\u8272\u8D38\u6613\u3001\u6570\u5B57\u8D38\u6613", "Services, green and digital trade"],
    description: [
      "\u5F00\u62D3\u670D\u52A1\u8D38\u6613\u3001\u7EFF\u8272\u8D38\u6613\u3001\u6570\u5B57\u8D38\u6613\u3002\u672C\u6570\u636E\u96C6\u672A\u7ED9\u51FA\u4EFB\u4F55\u8FDB\u5C55,\u7528\u4EE5\u5C55\u793A\u201C\u6570\u636E\u4E0D\u8DB3\u201D\u3002",
      "Open up services, green and digital trade. This data set records no progress for it, to show \u201Cinsufficient data\u201D."
    ],
    cadence: "semiannual",
    due: "2028-12-31",
    updates: []
  }),
  milestone({
    id: "cross-border-data-pilot",
    thrust: "T4",
    assign: "dataset",
    by: "jiangbei",
    quote: "\u8FDB\u4E00\u6B65\u63A2\u7D22\u6570\u636E\u8DE8\u5883\u5B89\u5168\u7BA1\u7406\u7B49\u8BD5\u70B9",
    name: ["\u6570\u636E\u8DE8\u5883\u5B89\u5168\u7BA1\u7406\u8BD5\u70B9", "Cross-border data security pilot"],
    description: [
      "\u6C5F\u5317\u65B0\u533A\u63A2\u7D22\u6570\u636E\u8DE8\u5883\u5B89\u5168\u7BA1\u7406\u7B49\u8BD5\u70B9,\u5728\u6570\u5B57\u8D38\u6613\u3001\u7EFF\u8272\u8D38\u6613\u7B49\u9886\u57DF\u5F62\u6210\u5236\u5EA6\u521B\u65B0\u6210\u679C\u3002",
      "Jiangbei New Area pilots cross-border data security management and trade-related institutional innovation."
    ],
    cadence: "quarterly",
    due: "2026-12-31",
    updates: [
      ["2024-09-30", "inProgress"],
      ["2025-09-30", "inProgress"],
      ["2026-09-30", "inProgress"]
    ]
  })
];

// mocks/data/programme.ts
var programme = {
  id: "nanjing-npf-2024",
  title: {
    zh: "\u56E0\u5730\u5236\u5B9C\u53D1\u5C55\u65B0\u8D28\u751F\u4EA7\u529B",
    en: "Developing new quality productive forces according to local conditions"
  },
  headline: {
    zh: "\u5411\u201C\u65B0\u201D\u800C\u884C\u3001\u63D0\u201C\u8D28\u201D\u594B\u8FDB",
    en: 'Heading for the "new", striving for "quality"'
  },
  aim: {
    zh: "\u4EE5\u79D1\u6280\u521B\u65B0\u5F15\u9886\u4EA7\u4E1A\u521B\u65B0,\u52AA\u529B\u6210\u4E3A\u53D1\u5C55\u65B0\u8D28\u751F\u4EA7\u529B\u7684\u91CD\u8981\u9635\u5730",
    en: "Let scientific and technological innovation lead industrial innovation, and become an important base for developing new quality productive forces"
  },
  city: { zh: "\u5357\u4EAC", en: "Nanjing" },
  sourceDate: SOURCE_DATE,
  source: { ...SOURCE },
  event: { ...EVENT },
  citation: citeBy.mayor(
    "\u7262\u7262\u628A\u63E1\u9AD8\u8D28\u91CF\u53D1\u5C55\u8FD9\u4E2A\u9996\u8981\u4EFB\u52A1,\u4EE5\u79D1\u6280\u521B\u65B0\u5F15\u9886\u4EA7\u4E1A\u521B\u65B0,\u52AA\u529B\u6210\u4E3A\u53D1\u5C55\u65B0\u8D28\u751F\u4EA7\u529B\u7684\u91CD\u8981\u9635\u5730"
  )
};
var thrusts = [
  {
    id: "T1",
    order: 1,
    name: {
      zh: "\u6253\u9020\u79D1\u6280\u521B\u65B0\u201C\u7B56\u6E90\u5730\u201D",
      en: "Build a source of scientific and technological innovation"
    },
    shortName: { zh: "\u79D1\u6280\u521B\u65B0\u7B56\u6E90\u5730", en: "Innovation source" },
    summary: {
      zh: "\u91CD\u5927\u521B\u65B0\u5E73\u53F0\u51FA\u539F\u521B\u6210\u679C,\u5927\u79D1\u5B66\u88C5\u7F6E\u9884\u7814,\u6784\u5EFA30\u5BB6\u5DE6\u53F3\u5168\u56FD\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u65B9\u9635,\u4EBA\u624D\u5E73\u53F0,\u4F01\u4E1A\u521B\u65B0\u4E3B\u4F53,\u8D2F\u901A\u5F0F\u79D1\u6280\u6210\u679C\u8F6C\u5316\u4F53\u7CFB\u3002",
      en: "Original results from major innovation platforms, pre-research of large science facilities, about 30 national key laboratories, talent platforms, firms as innovators, a through-type technology-transfer system."
    },
    citation: citeBy.mayor("\u4E00\u662F\u6253\u9020\u79D1\u6280\u521B\u65B0\u201C\u7B56\u6E90\u5730\u201D")
  },
  {
    id: "T2",
    order: 2,
    name: {
      zh: "\u539A\u690D\u4EA7\u4E1A\u5F3A\u5E02\u201C\u65B0\u52A8\u80FD\u201D",
      en: "Cultivate new momentum for an industrially strong city"
    },
    shortName: { zh: "\u4EA7\u4E1A\u5F3A\u5E02\u65B0\u52A8\u80FD", en: "Industrial momentum" },
    summary: {
      zh: "\u603B\u6295\u8D44\u8D85\u5343\u4EBF\u7684\u589E\u91CF\u9879\u76EE,\u56DB\u5927\u652F\u67F1\u4EA7\u4E1A\u7115\u65B0\u5347\u7EA7,\u4E07\u4EBF\u7EA7\u8F6F\u4EF6\u548C\u4FE1\u606F\u670D\u52A1\u4EA7\u4E1A\u96C6\u7FA4,\u65B0\u5174\u4EA7\u4E1A\u4E0E\u672A\u6765\u4EA7\u4E1A,\u751F\u4EA7\u6027\u670D\u52A1\u4E1A\u3002",
      en: "Incremental projects worth over 100 billion yuan, renewal of four pillar industries, a trillion-yuan software cluster, emerging and future industries, producer services."
    },
    citation: citeBy.mayor("\u4E8C\u662F\u539A\u690D\u4EA7\u4E1A\u5F3A\u5E02\u201C\u65B0\u52A8\u80FD\u201D")
  },
  {
    id: "T3",
    order: 3,
    name: { zh: "\u4E89\u5F53\u7EFF\u8272\u8F6C\u578B\u201C\u5F15\u9886\u8005\u201D", en: "Lead the green transition" },
    shortName: { zh: "\u7EFF\u8272\u8F6C\u578B\u5F15\u9886\u8005", en: "Green transition" },
    summary: {
      zh: "\u7EFF\u8272\u4F4E\u78B3\u653F\u7B56\u4F53\u7CFB,\u51CF\u6C61\u964D\u78B3\u534F\u540C,\u7EFF\u8272\u5DE5\u5382,\u56FD\u5BB6\u78B3\u8FBE\u5CF0\u8BD5\u70B9\u56ED\u533A,\u7701\u7EA7\u7EFF\u8272\u4F4E\u78B3\u670D\u52A1\u4E1A\u96C6\u805A\u533A,\u65B0\u578B\u50A8\u80FD,\u65B0\u80FD\u6E90\u6C7D\u8F66\u53CB\u597D\u57CE\u5E02\u3002",
      en: "A green low-carbon policy system, pollution and carbon cut together, green factories, a national carbon-peak pilot park, a green services cluster, new-type storage, an NEV-friendly city."
    },
    citation: citeBy.mayor("\u4E09\u662F\u4E89\u5F53\u7EFF\u8272\u8F6C\u578B\u201C\u5F15\u9886\u8005\u201D")
  },
  {
    id: "T4",
    order: 4,
    name: {
      zh: "\u6FC0\u6D3B\u6539\u9769\u5F00\u653E\u201C\u6E90\u52A8\u529B\u201D",
      en: "Activate reform and opening-up as a driving force"
    },
    shortName: { zh: "\u6539\u9769\u5F00\u653E\u6E90\u52A8\u529B", en: "Reform & opening" },
    summary: {
      zh: "\u8981\u7D20\u5E02\u573A\u5316\u914D\u7F6E\u7B49\u91CD\u70B9\u6539\u9769,\u56FD\u5BB6\u79D1\u521B\u91D1\u878D\u6539\u9769\u8BD5\u9A8C\u533A\u3001\u77E5\u8BC6\u4EA7\u6743\u4FDD\u62A4\u793A\u8303\u533A,\u8425\u5546\u73AF\u5883,\u957F\u4E09\u89D2\u4E00\u4F53\u5316,\u81EA\u8D38\u8BD5\u9A8C\u533A\u4E0E\u5F00\u653E\u8F7D\u4F53\u3002",
      en: "Factor-market and S&T reforms, the sci-tech finance pilot zone and IP protection zone, the business environment, Yangtze River Delta integration, free-trade zone and other opening-up platforms."
    },
    citation: citeBy.mayor("\u56DB\u662F\u6FC0\u6D3B\u6539\u9769\u5F00\u653E\u201C\u6E90\u52A8\u529B\u201D")
  }
];
var representative = (id) => ({
  name: { ...SPEAKERS[id].speaker },
  role: { ...SPEAKERS[id].role }
});
var departments = [
  // The six bodies the source has answer at the press conference.
  {
    id: "gov-mayor",
    name: { zh: "\u5357\u4EAC\u5E02\u4EBA\u6C11\u653F\u5E9C", en: "Nanjing Municipal People\u2019s Government" },
    shortName: { zh: "\u5E02\u653F\u5E9C", en: "Mayor\u2019s office" },
    representative: representative("gov-mayor"),
    provenance: "reported"
  },
  {
    id: "gov-opening",
    name: {
      zh: "\u5357\u4EAC\u5E02\u4EBA\u6C11\u653F\u5E9C\uFF08\u5BF9\u5916\u5F00\u653E\u5206\u7BA1\uFF09",
      en: "Nanjing Municipal People\u2019s Government (opening-up portfolio)"
    },
    shortName: { zh: "\u5E02\u653F\u5E9C\xB7\u5F00\u653E", en: "Opening-up" },
    representative: representative("gov-opening"),
    provenance: "reported"
  },
  {
    id: "gov-sti",
    name: {
      zh: "\u5357\u4EAC\u5E02\u4EBA\u6C11\u653F\u5E9C\uFF08\u79D1\u6280\u4E0E\u4EA7\u4E1A\u5206\u7BA1\uFF09",
      en: "Nanjing Municipal People\u2019s Government (S&T and industry portfolio)"
    },
    shortName: { zh: "\u5E02\u653F\u5E9C\xB7\u79D1\u6280\u4EA7\u4E1A", en: "S&T and industry" },
    representative: representative("gov-sti"),
    provenance: "reported"
  },
  {
    id: "jiangbei",
    name: {
      zh: "\u5357\u4EAC\u6C5F\u5317\u65B0\u533A\u7BA1\u59D4\u4F1A",
      en: "Administrative Committee of Nanjing Jiangbei New Area"
    },
    shortName: { zh: "\u6C5F\u5317\u65B0\u533A", en: "Jiangbei New Area" },
    representative: representative("jiangbei"),
    provenance: "reported"
  },
  {
    id: "ndrc",
    name: {
      zh: "\u5357\u4EAC\u5E02\u53D1\u5C55\u548C\u6539\u9769\u59D4\u5458\u4F1A",
      en: "Nanjing Municipal Development and Reform Commission"
    },
    shortName: { zh: "\u5E02\u53D1\u6539\u59D4", en: "NDRC Nanjing" },
    representative: representative("ndrc"),
    provenance: "reported"
  },
  {
    id: "finance",
    name: { zh: "\u5357\u4EAC\u5E02\u5730\u65B9\u91D1\u878D\u7BA1\u7406\u5C40", en: "Nanjing Local Financial Administration" },
    shortName: { zh: "\u5E02\u91D1\u878D\u5C40", en: "Finance bureau" },
    representative: representative("finance"),
    provenance: "reported"
  },
  // Plausible owners the source does not name: every assignment to them is illustrative.
  {
    id: "sti-bureau",
    name: { zh: "\u5357\u4EAC\u5E02\u79D1\u5B66\u6280\u672F\u5C40", en: "Nanjing Municipal Science and Technology Bureau" },
    shortName: { zh: "\u5E02\u79D1\u6280\u5C40", en: "S&T bureau" },
    provenance: "illustrative"
  },
  {
    id: "miit-bureau",
    name: {
      zh: "\u5357\u4EAC\u5E02\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u5C40",
      en: "Nanjing Municipal Bureau of Industry and Information Technology"
    },
    shortName: { zh: "\u5E02\u5DE5\u4FE1\u5C40", en: "Industry & IT bureau" },
    provenance: "illustrative"
  },
  {
    id: "eco-bureau",
    name: { zh: "\u5357\u4EAC\u5E02\u751F\u6001\u73AF\u5883\u5C40", en: "Nanjing Municipal Ecology and Environment Bureau" },
    shortName: { zh: "\u5E02\u751F\u6001\u73AF\u5883\u5C40", en: "Ecology bureau" },
    provenance: "illustrative"
  },
  {
    id: "commerce-bureau",
    name: { zh: "\u5357\u4EAC\u5E02\u5546\u52A1\u5C40", en: "Nanjing Municipal Commerce Bureau" },
    shortName: { zh: "\u5E02\u5546\u52A1\u5C40", en: "Commerce bureau" },
    provenance: "illustrative"
  }
];

// mocks/data/index.ts
var indicators = [
  ...t1Indicators,
  ...t2Indicators,
  ...t2AnswerIndicators,
  ...t3Indicators,
  ...t4Indicators,
  ...t4FinanceIndicators,
  ...t4OpeningIndicators
];

// src/server/store/seed.ts
async function seedIfEmpty(db) {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom("counters").select("value").where("name", "=", "revision").forUpdate().execute();
    if (await trx.selectFrom("programme").select("id").executeTakeFirst()) return false;
    const revision = await trx.selectFrom("counters").select("value").where("name", "=", "revision").executeTakeFirstOrThrow();
    await writeDataSet(trx, {
      programme,
      thrusts,
      departments,
      indicators: indicators.map((i) => ({ ...i, version: 1 })),
      audit: [],
      // Caches keyed on the revision must not mistake the new data for what was there before.
      revision: Number(revision.value) + 1
    });
    return true;
  });
}

// src/server/store/sql-accounts-store.ts
var iso = (value) => value === null ? null : new Date(value).toISOString();
function checked(parsed, what) {
  if (!parsed.success) throw new CorruptStore(`a stored ${what} does not fit the data model`);
  return parsed.data;
}
function toAccount(row) {
  const account = checked(
    accountSchema.safeParse({
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      departments: row.departments,
      disabled: row.disabled,
      createdAt: iso(row.created_at),
      lastSignInAt: iso(row.last_sign_in_at)
    }),
    "account"
  );
  return { ...account, passwordHash: row.password_hash };
}
function toDisplay(row) {
  const display = checked(
    displaySchema.safeParse({
      id: row.id,
      name: row.name,
      departments: row.departments,
      playlist: row.playlist,
      createdAt: iso(row.created_at),
      lastSeenAt: iso(row.last_seen_at),
      revokedAt: iso(row.revoked_at)
    }),
    "display"
  );
  return { ...display, tokenHash: row.token_hash };
}
function toSession(row) {
  return {
    idHash: row.id_hash,
    kind: row.kind === "display" ? "display" : "user",
    subject: row.subject,
    createdAt: new Date(row.created_at).toISOString(),
    lastSeenAt: new Date(row.last_seen_at).toISOString()
  };
}
function sqlAccountsStore(db) {
  const accountColumns = [
    "username",
    "display_name",
    "role",
    "departments",
    "disabled",
    "password_hash",
    "created_at",
    "last_sign_in_at"
  ];
  const displayColumns = [
    "id",
    "name",
    "departments",
    "playlist",
    "token_hash",
    "created_at",
    "last_seen_at",
    "revoked_at"
  ];
  const sessionColumns = ["id_hash", "kind", "subject", "created_at", "last_seen_at"];
  return {
    async accounts() {
      const rows = await db.selectFrom("accounts").select(accountColumns).orderBy("username").execute();
      return rows.map(toAccount);
    },
    async account(username) {
      const row = await db.selectFrom("accounts").select(accountColumns).where("username", "=", username).executeTakeFirst();
      return row ? toAccount(row) : null;
    },
    async createAccount(a) {
      const result = await db.insertInto("accounts").values({
        username: a.username,
        display_name: a.displayName,
        role: a.role,
        departments: JSON.stringify(a.departments),
        disabled: a.disabled,
        password_hash: a.passwordHash,
        created_at: a.createdAt,
        last_sign_in_at: a.lastSignInAt
      }).onConflict((oc) => oc.column("username").doNothing()).executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async updateAccount(username, changes) {
      const set = {};
      if (changes.displayName !== void 0) set.display_name = changes.displayName;
      if (changes.role !== void 0) set.role = changes.role;
      if (changes.departments !== void 0) set.departments = JSON.stringify(changes.departments);
      if (changes.disabled !== void 0) set.disabled = changes.disabled;
      if (changes.passwordHash !== void 0) set.password_hash = changes.passwordHash;
      if (changes.lastSignInAt !== void 0) set.last_sign_in_at = changes.lastSignInAt;
      if (Object.keys(set).length > 0) {
        await db.updateTable("accounts").set(set).where("username", "=", username).execute();
      }
      return this.account(username);
    },
    async createSession(s) {
      await db.insertInto("sessions").values({
        id_hash: s.idHash,
        kind: s.kind,
        subject: s.subject,
        created_at: s.createdAt,
        last_seen_at: s.lastSeenAt
      }).execute();
    },
    async session(idHash) {
      const row = await db.selectFrom("sessions").select(sessionColumns).where("id_hash", "=", idHash).executeTakeFirst();
      return row ? toSession(row) : null;
    },
    async touchSession(idHash, at) {
      await db.updateTable("sessions").set({ last_seen_at: at }).where("id_hash", "=", idHash).execute();
    },
    async deleteSession(idHash) {
      await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
    },
    async deleteSessionsOf(kind, subject) {
      await db.deleteFrom("sessions").where("kind", "=", kind).where("subject", "=", subject).execute();
    },
    async displays() {
      const rows = await db.selectFrom("displays").select(displayColumns).orderBy("created_at").execute();
      return rows.map(toDisplay);
    },
    async display(id) {
      const row = await db.selectFrom("displays").select(displayColumns).where("id", "=", id).executeTakeFirst();
      return row ? toDisplay(row) : null;
    },
    async displayByToken(tokenHash) {
      const row = await db.selectFrom("displays").select(displayColumns).where("token_hash", "=", tokenHash).executeTakeFirst();
      return row ? toDisplay(row) : null;
    },
    async createDisplay(d) {
      await db.insertInto("displays").values({
        id: d.id,
        name: d.name,
        departments: JSON.stringify(d.departments),
        playlist: JSON.stringify(d.playlist),
        token_hash: d.tokenHash,
        created_at: d.createdAt,
        last_seen_at: d.lastSeenAt,
        revoked_at: d.revokedAt
      }).execute();
    },
    async updateDisplay(id, changes) {
      const set = {};
      if (changes.lastSeenAt !== void 0) set.last_seen_at = changes.lastSeenAt;
      if (changes.revokedAt !== void 0) set.revoked_at = changes.revokedAt;
      if (Object.keys(set).length > 0) {
        await db.updateTable("displays").set(set).where("id", "=", id).execute();
      }
    },
    async recordSignInFailure(keys, at) {
      if (keys.length === 0) return;
      await db.transaction().execute(async (trx) => {
        await trx.insertInto("sign_in_failures").values(keys.map((key) => ({ key, at }))).execute();
        await trx.deleteFrom("sign_in_failures").where("at", "<", new Date(Date.parse(at) - 864e5)).execute();
      });
    },
    async signInFailures(key, since) {
      const rows = await db.selectFrom("sign_in_failures").select("at").where("key", "=", key).where("at", ">=", new Date(since)).orderBy("at").execute();
      return rows.map((r) => new Date(r.at).toISOString());
    }
  };
}

// src/server/first-admin.ts
import { randomBytes } from "node:crypto";
async function ensureFirstAdmin(accounts, passwords, first, now, print) {
  if ((await accounts.accounts()).length > 0) return "exists";
  const password = first.password ?? randomBytes(15).toString("base64url");
  const made = await accounts.createAccount({
    username: first.username,
    displayName: first.username,
    role: "admin",
    departments: [],
    disabled: false,
    createdAt: now.toISOString(),
    lastSignInAt: null,
    passwordHash: await passwords.hash(password)
  });
  if (!made) return "exists";
  if (first.password === null) {
    print(
      [
        "",
        "  First start: an admin account was made. Sign in with",
        `    name:     ${first.username}`,
        `    password: ${password}`,
        "  This password is shown once. Change it, or add accounts, under \u7BA1\u7406 \u203A \u8D26\u6237 / Admin \u203A Accounts,",
        "  or with `npm run users`.",
        ""
      ].join("\n")
    );
  }
  return "made";
}

// src/server/passwords.ts
import { randomBytes as randomBytes2, scrypt, timingSafeEqual } from "node:crypto";
var N = 2 ** 15;
var R = 8;
var P = 1;
var KEY_LENGTH = 32;
function derive(password, salt, options) {
  return new Promise((resolve2, reject) => {
    scrypt(
      password.normalize("NFC"),
      salt,
      KEY_LENGTH,
      options,
      (error, key) => error ? reject(error) : resolve2(key)
    );
  });
}
var memoryFor = (n, r) => 128 * n * r * 2;
var scryptPasswords = {
  async hash(password) {
    const salt = randomBytes2(16);
    const key = await derive(password, salt, { N, r: R, p: P, maxmem: memoryFor(N, R) });
    return `scrypt$${N}$${R}$${P}$${salt.toString("base64")}$${key.toString("base64")}`;
  },
  async verify(password, stored) {
    const [scheme, n, r, p, salt, hash2] = stored.split("$");
    if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash2) return false;
    const cost = { N: Number(n), r: Number(r), p: Number(p) };
    if (![cost.N, cost.r, cost.p].every(Number.isSafeInteger) || cost.N > 2 ** 20) return false;
    const expected = Buffer.from(hash2, "base64");
    const key = await derive(password, Buffer.from(salt, "base64"), {
      ...cost,
      maxmem: memoryFor(cost.N, cost.r)
    });
    return key.length === expected.length && timingSafeEqual(key, expected);
  }
};

// src/server/alerts/routes.ts
import { Hono as Hono11 } from "hono";

// src/domain/format.ts
var LOCALE = { zh: "zh-CN", en: "en-GB" };
function pick(text2, lang) {
  return text2[lang];
}
var numberFormats = /* @__PURE__ */ new Map();
function numberFormat(locale, options) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, f);
  }
  return f;
}
function formatNumber(value, lang) {
  const locale = LOCALE[lang];
  if (lang === "zh") {
    return numberFormat(locale, { notation: "compact", maximumFractionDigits: 2 }).format(value);
  }
  if (Math.abs(value) >= 1e6) {
    return numberFormat(locale, {
      notation: "compact",
      compactDisplay: "long",
      maximumFractionDigits: 2
    }).format(value);
  }
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
var QUALIFIER = {
  zh: { exact: "", about: "\u7EA6", nearly: "\u8FD1", over: "\u8D85" },
  en: { exact: "", about: "about ", nearly: "nearly ", over: "over " }
};
var pluralRules = /* @__PURE__ */ new Map();
function pluralRule(lang, type) {
  const key = `${lang}|${type}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang], { type });
    pluralRules.set(key, rules);
  }
  return rules;
}
function pluralCategory(value, lang) {
  return pluralRule(lang, "cardinal").select(value);
}
function ordinal(value, lang) {
  if (lang === "zh") return `\u7B2C${formatNumber(value, lang)}`;
  const suffix = { one: "st", two: "nd", few: "rd", other: "th", zero: "th", many: "th" }[pluralRule(lang, "ordinal").select(value)];
  return `${formatNumber(value, lang)}${suffix}`;
}
var ZH_DIGITS = "\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D";
var EN_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten"
];
function numberInWords(value, lang) {
  const n = Math.round(value);
  if (lang === "en") return EN_WORDS[n] ?? formatNumber(n, lang);
  if (n < 0 || n > 99) return formatNumber(n, lang);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return ZH_DIGITS[ones] ?? String(n);
  return `${tens === 1 ? "" : ZH_DIGITS[tens]}\u5341${ones ? ZH_DIGITS[ones] : ""}`;
}
function unitWord(value, unit) {
  return pluralCategory(value, "en") === "one" ? unit.one ?? unit.label.en : unit.label.en;
}
function formatValue(value, unit, lang, qualifier = "exact") {
  if (unit.kind === "rank") {
    const place = Math.round(value);
    if (qualifier === "withinTop") {
      return lang === "zh" ? `\u524D${numberInWords(place, lang)}` : `top ${numberInWords(place, lang)}`;
    }
    const q2 = QUALIFIER[lang][qualifier];
    return lang === "zh" ? `${q2}${ordinal(place, lang)}\u4F4D` : `${q2}${ordinal(place, lang)}`;
  }
  const q = qualifier === "withinTop" ? "" : QUALIFIER[lang][qualifier];
  const n = formatNumber(value, lang);
  return lang === "zh" ? `${q}${n}${unit.label.zh}` : `${q}${n} ${unitWord(value, unit)}`;
}
var dateFormats = /* @__PURE__ */ new Map();
function dateFormat(lang, style) {
  const key = `${lang}|${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    const options = style === "long" ? { year: "numeric", month: "long", day: "numeric" } : style === "short" ? { year: "numeric", month: "short", day: "numeric" } : { year: "numeric", month: "short" };
    f = new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: "UTC" });
    dateFormats.set(key, f);
  }
  return f;
}
function formatDate(date, lang, style = "long") {
  return dateFormat(lang, style).format(isoToUtcMs(date));
}

// src/domain/alert-messages.ts
var STATUS_WORDS = {
  zh: {
    achieved: "\u5DF2\u8FBE\u6210",
    onTrack: "\u6B63\u5E38\u63A8\u8FDB",
    atRisk: "\u9700\u5173\u6CE8",
    offTrack: "\u6EDE\u540E",
    insufficientData: "\u6570\u636E\u4E0D\u8DB3"
  },
  en: {
    achieved: "achieved",
    onTrack: "on track",
    atRisk: "at risk",
    offTrack: "off track",
    insufficientData: "insufficient data"
  }
};
var status = (s, lang) => s ? STATUS_WORDS[lang][s] : lang === "zh" ? "\u65E0" : "none";
function alertMessage(event, indicator, lang, base2) {
  const name = pick(indicator.name, lang);
  const mark = event.illustrative ? lang === "zh" ? "\uFF08\u793A\u610F\uFF09" : " (illustrative)" : "";
  const link = `${base2.replace(/\/$/, "")}/indicators/${encodeURIComponent(indicator.id)}`;
  const zh = lang === "zh";
  switch (event.kind) {
    case "statusWorse":
      return {
        title: zh ? `\u3010${status(event.to, lang)}\u3011${name}` : `[${status(event.to, lang)}] ${name}`,
        reason: zh ? `\u72B6\u6001\u7531\u201C${status(event.from, lang)}\u201D\u8F6C\u4E3A\u201C${status(event.to, lang)}\u201D${mark}\u3002` : `Its status went from ${status(event.from, lang)} to ${status(event.to, lang)}${mark}.`,
        link
      };
    case "overdue":
      return {
        title: zh ? `\u3010\u5F85\u66F4\u65B0\u3011${name}` : `[Overdue] ${name}`,
        reason: zh ? `\u6309\u62A5\u9001\u5468\u671F\uFF0C\u65B0\u6570\u636E\u5E94\u4E8E ${formatDate(event.due ?? event.on, lang)} \u524D\u62A5\u9001\uFF0C\u81F3\u4ECA\u672A\u89C1\u3002` : `A new figure was due by ${formatDate(event.due ?? event.on, lang)} for its reporting cadence, and none has come.`,
        link
      };
    case "milestonePastDue":
      return {
        title: zh ? `\u3010\u5DF2\u903E\u671F\u3011${name}` : `[Past due] ${name}`,
        reason: zh ? `\u8BA1\u5212\u4E8E ${formatDate(event.due ?? event.on, lang)} \u5B8C\u6210${mark}\uFF0C\u5C1A\u672A\u5B8C\u6210\u3002` : `It was due by ${formatDate(event.due ?? event.on, lang)}${mark} and is not done.`,
        link
      };
    case "targetChanged": {
      const t = event.target;
      const value = t && indicator.kind === "quantitative" ? formatValue(t.value, indicator.unit, lang) : "";
      const by = t?.date ? formatDate(t.date, lang) : "";
      const why = t?.reason ? zh ? `\u539F\u56E0\uFF1A${t.reason}` : ` Reason: ${t.reason}` : "";
      return {
        title: zh ? `\u3010\u76EE\u6807\u8C03\u6574\u3011${name}` : `[Target changed] ${name}`,
        reason: zh ? `\u65B0\u76EE\u6807\uFF1A${by} \u524D ${value}${mark}\u3002${why}` : `New target: ${value} by ${by}${mark}.${why}`,
        link
      };
    }
  }
}

// src/domain/alerts.ts
var ALERT_KINDS = ["statusWorse", "overdue", "milestonePastDue", "targetChanged"];
var statusSchema = z.enum(STATUSES);
var alertEventSchema = z.object({
  /** Unique per change: the same change evaluated twice has the same key. */
  key: z.string(),
  kind: z.enum(ALERT_KINDS),
  indicatorId: z.string(),
  /** The day the change was seen (Nanjing). */
  on: isoDateSchema,
  /** statusWorse: from and to. */
  from: z.optional(z.nullable(statusSchema)),
  to: z.optional(z.nullable(statusSchema)),
  /** The verdict rests on an illustrative input: every message marks it 示意 / illustrative. */
  illustrative: z.boolean(),
  /** overdue: the day the figure fell due; milestonePastDue: the due date. */
  due: z.optional(isoDateSchema),
  /** targetChanged: the value and date in force now, and the admin's reason when one gave it. */
  target: z.optional(
    z.object({
      value: z.number(),
      date: isoDateSchema,
      reason: z.optional(z.string()),
      by: z.optional(z.string())
    })
  )
});
var SEVERITY = { onTrack: 0, atRisk: 1, offTrack: 2 };
function isWorse(from, to) {
  const a = from === null ? void 0 : SEVERITY[from];
  const b = to === null ? void 0 : SEVERITY[to];
  return a !== void 0 && b !== void 0 && b > a;
}
function alertStateOf(indicator, today) {
  const a = assess(indicator, today);
  const pastDue = indicator.kind === "milestone" && today > indicator.due.date && a.reason !== "milestoneDone" && a.status !== "achieved";
  const targetSetOn = indicator.kind === "quantitative" ? currentTarget(indicator.targets, today).target?.setOn ?? null : null;
  return { status: a.status, stale: a.stale, pastDue, targetSetOn };
}
function evaluateAlerts(indicator, remembered, today, targetAudit = []) {
  const state = alertStateOf(indicator, today);
  if (remembered === null) return { events: [], state };
  const a = assess(indicator, today);
  const illustrative2 = a.illustrative.length > 0;
  const id = indicator.id;
  const events = [];
  if (isWorse(remembered.status, state.status)) {
    events.push({
      // The version tells a second slip after a recovery from the same slip seen twice.
      key: `statusWorse:${id}:v${indicator.version ?? 1}:${today}:${remembered.status ?? "-"}>${state.status ?? "-"}`,
      kind: "statusWorse",
      indicatorId: id,
      on: today,
      from: remembered.status,
      to: state.status,
      illustrative: illustrative2
    });
  }
  if (state.stale && !remembered.stale && a.ageDays !== null && a.staleAfterDays !== null) {
    const due = addDays(today, a.staleAfterDays - a.ageDays);
    events.push({
      key: `overdue:${id}:${due}`,
      kind: "overdue",
      indicatorId: id,
      on: today,
      due,
      illustrative: false
    });
  }
  if (state.pastDue && !remembered.pastDue && indicator.kind === "milestone") {
    events.push({
      key: `milestonePastDue:${id}:${indicator.due.date}`,
      kind: "milestonePastDue",
      indicatorId: id,
      on: today,
      due: indicator.due.date,
      illustrative: indicator.due.provenance.kind === "illustrative"
    });
  }
  if (indicator.kind === "quantitative" && state.targetSetOn !== null && state.targetSetOn !== remembered.targetSetOn) {
    const target = currentTarget(indicator.targets, today).target;
    if (target) {
      const change = targetAudit.find(
        (e) => e.field === "target" && e.after.setOn === target.setOn
      );
      const reason = change?.field === "target" ? change.reason : void 0;
      events.push({
        key: `targetChanged:${id}:${target.setOn}:${target.value}:${target.date}`,
        kind: "targetChanged",
        indicatorId: id,
        on: today,
        target: {
          value: target.value,
          date: target.date,
          ...reason ? { reason } : {},
          ...change ? { by: change.author } : {}
        },
        illustrative: target.provenance.kind === "illustrative"
      });
    }
  }
  return { events, state };
}
function recipientsOf(indicator, accounts, follows) {
  const active = new Set(accounts.filter((a) => !a.disabled).map((a) => a.username));
  const owners = accounts.filter((a) => a.role === "editor" && a.departments.some((d) => indicator.ownerIds.includes(d))).map((a) => a.username);
  const followers = follows.filter(
    (f) => f.kind === "indicator" && f.id === indicator.id || f.kind === "thrust" && f.id === indicator.thrustId || f.kind === "department" && indicator.ownerIds.includes(f.id)
  ).map((f) => f.username);
  return [.../* @__PURE__ */ new Set([...owners, ...followers])].filter((u) => active.has(u)).sort();
}
function digestFor(indicators2, events, today, horizonDays = 30) {
  const until = addDays(today, horizonDays);
  const dueSoon = [];
  const overdue = [];
  for (const indicator of indicators2) {
    const state = alertStateOf(indicator, today);
    if (indicator.kind === "milestone") {
      if (state.pastDue) {
        overdue.push({ indicatorId: indicator.id, since: indicator.due.date, what: "milestone" });
      } else if (state.status !== "achieved" && indicator.due.date >= today && indicator.due.date <= until) {
        dueSoon.push({ indicatorId: indicator.id, due: indicator.due.date, what: "milestone" });
      }
    } else {
      const target = currentTarget(indicator.targets, today).target;
      if (target && state.status !== "achieved" && target.date >= today && target.date <= until) {
        dueSoon.push({ indicatorId: indicator.id, due: target.date, what: "target" });
      }
    }
    if (state.stale) {
      const a = assess(indicator, today);
      const since = a.ageDays !== null && a.staleAfterDays !== null ? addDays(today, a.staleAfterDays - a.ageDays) : null;
      overdue.push({ indicatorId: indicator.id, since, what: "figure" });
    }
  }
  dueSoon.sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  const changed = [...events].sort((a, b) => a.on < b.on ? -1 : a.on > b.on ? 1 : 0);
  return { changed, dueSoon, overdue };
}

// src/domain/inbox.ts
var inboxItemSchema = z.object({
  key: z.string(),
  event: alertEventSchema,
  message: z.object({ title: z.string(), reason: z.string(), link: z.string() }),
  createdAt: z.string(),
  readAt: z.nullable(z.string())
});
var inboxResponseSchema = z.object({
  unread: z.number(),
  items: z.array(inboxItemSchema)
});
var FOLLOW_KINDS = ["indicator", "thrust", "department"];
var followsResponseSchema = z.object({
  items: z.array(z.object({ kind: z.enum(FOLLOW_KINDS), id: z.string() }))
});
var DIGESTS = ["off", "daily", "weekly"];
var notificationSettingsSchema = z.object({
  email: z.nullable(
    z.string().check(z.trim(), z.maxLength(200), z.regex(/^[^\s@]+@[^\s@]+$/, "an email address"))
  ),
  emailAlerts: z.boolean(),
  digest: z.enum(DIGESTS),
  language: z.enum(["zh", "en"])
});
var WEBHOOK_FORMATS = ["json", "wecom", "dingtalk"];
var webhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Without its query string (a robot's key may be there). */
  url: z.string(),
  format: z.enum(WEBHOOK_FORMATS),
  departments: z.array(z.string()),
  createdAt: z.string(),
  problems: z.array(
    z.object({
      event: z.string(),
      attempts: z.number(),
      error: z.nullable(z.string()),
      state: z.enum(["failed", "retrying"]),
      nextAttemptAt: z.nullable(z.string())
    })
  )
});
var webhookListResponseSchema = z.object({ items: z.array(webhookSchema) });
var newWebhookSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  url: z.string().check(z.trim(), z.regex(/^https?:\/\/\S+$/, "an http(s) URL"), z.maxLength(500)),
  format: z.enum(WEBHOOK_FORMATS),
  secret: z.string().check(z.minLength(8), z.maxLength(200)),
  departments: z.array(z.string())
});
var markReadSchema = z.object({
  keys: z.optional(z.array(z.string()).check(z.maxLength(500))),
  all: z.optional(z.boolean())
});
var createdWebhookSchema = z.object({ id: z.string() });

// src/server/alerts/routes.ts
var followKind = z.enum(FOLLOW_KINDS);
function me(c) {
  const refused = refuse(c, { kind: "record", ownerIds: [] });
  const who = c.get("who").principal;
  if (who.kind === "user") return who.username;
  return refused ?? problem(c, 401, "signInRequired", "sign in to see alerts");
}
function alertRoutes(db, publicUrl, onChange) {
  const settingsOf = async (username) => {
    const row = await db.selectFrom("notification_settings").selectAll().where("username", "=", username).executeTakeFirst();
    return {
      email: row?.email ?? null,
      emailAlerts: row?.email_alerts ?? true,
      digest: row?.digest ?? "off",
      language: row?.language === "en" ? "en" : "zh"
    };
  };
  const routes = new Hono11();
  routes.get("/inbox", async (c) => {
    const username = me(c);
    if (typeof username !== "string") return username;
    const { language } = await settingsOf(username);
    const rows = await db.selectFrom("inbox_items").innerJoin("alert_events", "alert_events.key", "inbox_items.event_key").leftJoin("indicators", "indicators.id", "alert_events.indicator_id").select([
      "inbox_items.event_key",
      "inbox_items.created_at",
      "inbox_items.read_at",
      "alert_events.event",
      "indicators.data",
      "indicators.version"
    ]).where("inbox_items.username", "=", username).orderBy("inbox_items.seq", "desc").limit(100).execute();
    const items = rows.flatMap((r) => {
      const event = alertEventSchema.safeParse(r.event);
      const indicator = indicatorSchema.safeParse(
        r.data ? { ...r.data, version: r.version } : null
      );
      if (!event.success || !indicator.success) return [];
      return [
        {
          key: r.event_key,
          event: event.data,
          message: alertMessage(event.data, indicator.data, language, publicUrl),
          createdAt: new Date(r.created_at).toISOString(),
          readAt: r.read_at ? new Date(r.read_at).toISOString() : null
        }
      ];
    });
    const unread = await db.selectFrom("inbox_items").select((eb) => eb.fn.countAll().as("n")).where("username", "=", username).where("read_at", "is", null).executeTakeFirstOrThrow();
    return c.json({ unread: Number(unread.n), items });
  }).post("/inbox/read", async (c) => {
    const username = me(c);
    if (typeof username !== "string") return username;
    const parsed = markReadSchema.safeParse(await jsonBody(c));
    if (!parsed.success)
      return problem(c, 400, "badRequest", 'send { "keys": [...] } or { "all": true }');
    let update = db.updateTable("inbox_items").set({ read_at: (/* @__PURE__ */ new Date()).toISOString() }).where("username", "=", username).where("read_at", "is", null);
    if (!parsed.data.all)
      update = update.where("event_key", "in", [...parsed.data.keys ?? [], ""]);
    await update.execute();
    return c.body(null, 204);
  }).get("/follows", async (c) => {
    const username = me(c);
    if (typeof username !== "string") return username;
    const rows = await db.selectFrom("follows").select(["kind", "target_id"]).where("username", "=", username).execute();
    return c.json({ items: rows.map((r) => ({ kind: r.kind, id: r.target_id })) });
  }).put("/follows/:kind/:id", async (c) => {
    const username = me(c);
    if (typeof username !== "string") return username;
    const kind = followKind.safeParse(c.req.param("kind"));
    if (!kind.success)
      return problem(c, 404, "notFound", "follow an indicator, a thrust or a department");
    await db.insertInto("follows").values({ username, kind: kind.data, target_id: c.req.param("id").slice(0, 100) }).onConflict((oc) => oc.columns(["username", "kind", "target_id"]).doNothing()).execute();
    return c.body(null, 204);
  }).delete("/follows/:kind/:id", async (c) => {
    const username = me(c);
    if (typeof username !== "string") return username;
    await db.deleteFrom("follows").where("username", "=", username).where("kind", "=", c.req.param("kind")).where("target_id", "=", c.req.param("id")).execute();
    return c.body(null, 204);
  }).get("/notification-settings", async (c) => {
    const username = me(c);
    if (typeof username !== "string") return username;
    return c.json(await settingsOf(username));
  }).put("/notification-settings", async (c) => {
    const username = me(c);
    if (typeof username !== "string") return username;
    const parsed = notificationSettingsSchema.safeParse(await jsonBody(c));
    if (!parsed.success) {
      return problem(
        c,
        422,
        "invalidSettings",
        parsed.error.issues[0]?.message ?? "invalid settings"
      );
    }
    const s = parsed.data;
    const values = {
      email: s.email || null,
      email_alerts: s.emailAlerts,
      digest: s.digest,
      language: s.language
    };
    await db.insertInto("notification_settings").values({ username, ...values }).onConflict((oc) => oc.column("username").doUpdateSet(values)).execute();
    return c.json(await settingsOf(username));
  }).get("/webhooks", async (c) => {
    const refused = refuse(c, { kind: "manageAccounts" });
    if (refused) return refused;
    const hooks = await db.selectFrom("webhooks").select(["id", "name", "url", "format", "departments", "created_at"]).orderBy("created_at").execute();
    const failures = await db.selectFrom("deliveries").select([
      "target",
      "event_key",
      "attempts",
      "last_error",
      "failed_at",
      "next_attempt_at",
      "delivered_at"
    ]).where("channel", "=", "webhook").where("delivered_at", "is", null).where("last_error", "is not", null).orderBy("seq", "desc").limit(200).execute();
    return c.json({
      items: hooks.map((h) => ({
        id: h.id,
        name: h.name,
        // The URL may carry the robot's key: shown without its query string.
        url: h.url.replace(/\?.*$/, "?\u2026"),
        format: h.format,
        departments: h.departments,
        createdAt: new Date(h.created_at).toISOString(),
        problems: failures.filter((f) => f.target === h.id).map((f) => ({
          event: f.event_key,
          attempts: f.attempts,
          error: f.last_error,
          state: f.failed_at ? "failed" : "retrying",
          nextAttemptAt: f.failed_at ? null : new Date(f.next_attempt_at).toISOString()
        }))
      }))
    });
  }).post("/webhooks", async (c) => {
    const refused = refuse(c, { kind: "manageAccounts" });
    if (refused) return refused;
    const parsed = newWebhookSchema.safeParse(await jsonBody(c));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem(
        c,
        422,
        "invalidWebhook",
        `${String(issue?.path[0] ?? "body")}: ${issue?.message ?? "invalid"}`
      );
    }
    const id = crypto.randomUUID();
    await db.insertInto("webhooks").values({
      id,
      name: parsed.data.name,
      url: parsed.data.url,
      format: parsed.data.format,
      secret: parsed.data.secret,
      departments: JSON.stringify(parsed.data.departments),
      created_at: (/* @__PURE__ */ new Date()).toISOString()
    }).execute();
    onChange();
    return c.json({ id }, 201);
  }).delete("/webhooks/:id", async (c) => {
    const refused = refuse(c, { kind: "manageAccounts" });
    if (refused) return refused;
    const id = c.req.param("id");
    const gone = await db.deleteFrom("webhooks").where("id", "=", id).executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0)
      return problem(c, 404, "notFound", `no webhook ${quoteId(id)}`);
    return c.body(null, 204);
  });
  return routes;
}

// src/server/alerts/service.ts
import nodemailer from "nodemailer";

// src/server/alerts/webhooks.ts
import { createHmac } from "node:crypto";
var isWebhookFormat = (format) => WEBHOOK_FORMATS.includes(format);
function webhookBody(format, event, message) {
  const text2 = `${message.title}
${message.reason}
${message.link}`;
  switch (format) {
    case "wecom":
    case "dingtalk":
      return { msgtype: "text", text: { content: text2 } };
    case "json":
      return {
        event: event.kind,
        key: event.key,
        indicatorId: event.indicatorId,
        on: event.on,
        illustrative: event.illustrative,
        ...event.from !== void 0 ? { from: event.from } : {},
        ...event.to !== void 0 ? { to: event.to } : {},
        ...event.due ? { due: event.due } : {},
        ...event.target ? { target: event.target } : {},
        title: message.title,
        reason: message.reason,
        link: message.link
      };
  }
}
function signature(secret, timestamp, body) {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}
function webhookRequest(hook, body, now) {
  const timestamp = String(now.getTime());
  const text2 = JSON.stringify(body);
  let url = hook.url;
  if (hook.format === "dingtalk") {
    const sign = createHmac("sha256", hook.secret).update(`${timestamp}
${hook.secret}`).digest("base64");
    const u = new URL(hook.url);
    u.searchParams.set("timestamp", timestamp);
    u.searchParams.set("sign", sign);
    url = u.toString();
  }
  return {
    url,
    init: {
      method: "POST",
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "X-NPF-Timestamp": timestamp,
        "X-NPF-Signature": signature(hook.secret, timestamp, text2)
      },
      body: text2,
      signal: AbortSignal.timeout(1e4)
    }
  };
}

// src/server/alerts/deliver.ts
var RETRY_DELAYS_MS = [1e4, 3e4, 12e4, 6e5, 36e5];
var LEASE_MS = 5 * 6e4;
var text = (value) => typeof value === "string" ? value : "";
async function deliverDue(db, options) {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const now = options.now();
  const leased = await db.transaction().execute(async (trx) => {
    const due = await trx.selectFrom("deliveries").select(["seq", "channel", "target", "payload", "attempts"]).where("delivered_at", "is", null).where("failed_at", "is", null).where("next_attempt_at", "<=", now).orderBy("seq").limit(25).forUpdate().skipLocked().execute();
    if (due.length > 0) {
      await trx.updateTable("deliveries").set({ next_attempt_at: new Date(now.getTime() + LEASE_MS).toISOString() }).where(
        "seq",
        "in",
        due.map((d) => d.seq)
      ).execute();
    }
    return due;
  });
  const counts = { delivered: 0, retried: 0, failed: 0 };
  for (const delivery of leased) {
    let error = null;
    try {
      if (delivery.channel === "email") {
        if (!options.email) throw new Error("email is not configured (SMTP_URL)");
        await options.email.send({
          to: text(delivery.payload.to),
          subject: text(delivery.payload.subject),
          text: text(delivery.payload.text)
        });
      } else {
        const hook = await db.selectFrom("webhooks").select(["url", "format", "secret"]).where("id", "=", delivery.target).executeTakeFirst();
        if (!hook || !isWebhookFormat(hook.format)) throw new Error("the webhook was removed");
        const { url, init } = webhookRequest(
          { url: hook.url, format: hook.format, secret: hook.secret },
          delivery.payload,
          options.now()
        );
        const res = await (options.fetch ?? fetch)(url, init);
        if (!res.ok) throw new Error(`the receiver answered ${res.status}`);
        const body = await res.text();
        const code = /"errcode"\s*:\s*(\d+)/.exec(body)?.[1];
        if (code && code !== "0")
          throw new Error(`the robot refused the message (errcode ${code})`);
      }
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    const attempts = delivery.attempts + 1;
    const at = options.now();
    if (error === null) {
      counts.delivered += 1;
      await db.updateTable("deliveries").set({ attempts, delivered_at: at.toISOString(), last_error: null }).where("seq", "=", delivery.seq).execute();
    } else if (attempts > delays.length) {
      counts.failed += 1;
      await db.updateTable("deliveries").set({ attempts, failed_at: at.toISOString(), last_error: error.slice(0, 500) }).where("seq", "=", delivery.seq).execute();
    } else {
      counts.retried += 1;
      await db.updateTable("deliveries").set({
        attempts,
        last_error: error.slice(0, 500),
        next_attempt_at: new Date(at.getTime() + (delays[attempts - 1] ?? 0)).toISOString()
      }).where("seq", "=", delivery.seq).execute();
    }
  }
  return counts;
}

// src/server/alerts/digest.ts
var HOUR_IN_NANJING = (d) => (d.getUTCHours() + 8) % 24;
async function queueDigests(db, options) {
  const today = todayInShanghai(options.now);
  if (HOUR_IN_NANJING(options.now) < 8) return 0;
  const monday = (/* @__PURE__ */ new Date(`${today}T00:00:00Z`)).getUTCDay() === 1;
  const wanting = (await db.selectFrom("notification_settings").selectAll().execute()).filter(
    (s) => s.email && (s.digest === "daily" || s.digest === "weekly" && monday) && (s.last_digest_on ?? "") < today
  );
  if (wanting.length === 0) return 0;
  const indicators2 = (await db.selectFrom("indicators").select(["data", "version"]).orderBy("position").execute()).flatMap((r) => {
    const parsed = indicatorSchema.safeParse({ ...r.data, version: r.version });
    return parsed.success ? [parsed.data] : [];
  });
  const accounts = (await db.selectFrom("accounts").select(["username", "role", "departments", "disabled"]).execute()).flatMap((a) => {
    const role = roleSchema.safeParse(a.role);
    return role.success ? [{ ...a, role: role.data }] : [];
  });
  const follows = (await db.selectFrom("follows").select(["username", "kind", "target_id"]).execute()).flatMap(
    (f) => f.kind === "indicator" || f.kind === "thrust" || f.kind === "department" ? [{ username: f.username, kind: f.kind, id: f.target_id }] : []
  );
  let queued = 0;
  for (const s of wanting) {
    const lang = s.language === "en" ? "en" : "zh";
    const mine = indicators2.filter((i) => recipientsOf(i, accounts, follows).includes(s.username));
    const since = s.last_digest_on ?? today;
    const events = (await db.selectFrom("alert_events").innerJoin("inbox_items", "inbox_items.event_key", "alert_events.key").select(["alert_events.event"]).where("inbox_items.username", "=", s.username).where("alert_events.created_at", ">=", /* @__PURE__ */ new Date(`${since}T00:00:00+08:00`)).orderBy("alert_events.seq").execute()).flatMap((r) => {
      const parsed = alertEventSchema.safeParse(r.event);
      return parsed.success ? [parsed.data] : [];
    });
    const digest = digestFor(mine, events, today);
    const byId = new Map(indicators2.map((i) => [i.id, i]));
    const name = (id) => {
      const i = byId.get(id);
      return i ? pick(i.name, lang) : id;
    };
    const zh = lang === "zh";
    const lines = [];
    lines.push(
      zh ? `\u65B0\u8D28\u751F\u4EA7\u529B\u4E3E\u63AA\u8DDF\u8E2A \xB7 ${formatDate(today, lang)} \u6458\u8981` : `NPF tracker digest, ${formatDate(today, lang)}`
    );
    lines.push("", zh ? "\u53D8\u5316\uFF1A" : "What changed:");
    for (const e of digest.changed) {
      const i = byId.get(e.indicatorId);
      if (i) {
        const m = alertMessage(e, i, lang, options.publicUrl);
        lines.push(`- ${m.title} ${m.reason}`);
      }
    }
    if (digest.changed.length === 0) lines.push(zh ? "- \u65E0" : "- nothing");
    lines.push("", zh ? "\u672A\u6765 30 \u5929\u5230\u671F\uFF1A" : "Due in the next 30 days:");
    for (const d of digest.dueSoon)
      lines.push(`- ${name(d.indicatorId)}: ${formatDate(d.due, lang)}`);
    if (digest.dueSoon.length === 0) lines.push(zh ? "- \u65E0" : "- nothing");
    lines.push("", zh ? "\u5DF2\u903E\u671F\uFF1A" : "Overdue:");
    for (const d of digest.overdue) {
      lines.push(`- ${name(d.indicatorId)}${d.since ? ` (${formatDate(d.since, lang)})` : ""}`);
    }
    if (digest.overdue.length === 0) lines.push(zh ? "- \u65E0" : "- nothing");
    lines.push("", options.publicUrl);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("deliveries").values({
        channel: "email",
        target: s.username,
        event_key: `digest:${today}`,
        payload: JSON.stringify({
          to: s.email,
          subject: zh ? `\u8DDF\u8E2A\u6458\u8981 ${formatDate(today, lang)}` : `Tracker digest ${formatDate(today, lang)}`,
          text: `${lines.join("\n")}
`
        }),
        next_attempt_at: options.now.toISOString(),
        created_at: options.now.toISOString()
      }).onConflict((oc) => oc.columns(["channel", "target", "event_key"]).doNothing()).execute();
      await trx.updateTable("notification_settings").set({ last_digest_on: today }).where("username", "=", s.username).execute();
    });
    queued += 1;
  }
  return queued;
}

// src/server/alerts/evaluate.ts
import { sql as sql6 } from "kysely";
var EVALUATION_LOCK = 731017;
var isStatus = (value) => typeof value === "string" && STATUSES.includes(value);
var stateOf = (value) => {
  const { status: status2, stale, pastDue, targetSetOn } = value;
  if (typeof stale !== "boolean" || typeof pastDue !== "boolean") return null;
  return {
    status: isStatus(status2) ? status2 : null,
    stale,
    pastDue,
    targetSetOn: typeof targetSetOn === "string" ? targetSetOn : null
  };
};
async function indicatorsIn(trx) {
  const rows = await trx.selectFrom("indicators").select(["data", "version"]).orderBy("position").execute();
  return rows.flatMap((r) => {
    const parsed = indicatorSchema.safeParse({ ...r.data, version: r.version });
    return parsed.success ? [parsed.data] : [];
  });
}
async function evaluateNow(db, options) {
  const today = todayInShanghai(options.now);
  const at = options.now.toISOString();
  return db.transaction().execute(async (trx) => {
    await sql6`select pg_advisory_xact_lock(${EVALUATION_LOCK})`.execute(trx);
    const indicators2 = await indicatorsIn(trx);
    const remembered = new Map(
      (await trx.selectFrom("alert_states").select(["indicator_id", "state"]).execute()).map(
        (r) => [r.indicator_id, stateOf(r.state)]
      )
    );
    const raised = [];
    for (const indicator of indicators2) {
      const before = remembered.get(indicator.id) ?? null;
      let result = evaluateAlerts(indicator, before, today);
      if (result.events.some((e) => e.kind === "targetChanged")) {
        const audit = (await trx.selectFrom("audit_entries").select(["entry", "version"]).where("indicator_id", "=", indicator.id).where("field", "=", "target").orderBy("seq", "desc").limit(20).execute()).flatMap((r) => {
          const parsed = auditEntrySchema.safeParse({ ...r.entry, version: r.version });
          return parsed.success ? [parsed.data] : [];
        });
        result = evaluateAlerts(indicator, before, today, audit);
      }
      if (JSON.stringify(before) !== JSON.stringify(result.state)) {
        await trx.insertInto("alert_states").values({
          indicator_id: indicator.id,
          state: JSON.stringify(result.state),
          updated_at: at
        }).onConflict(
          (oc) => oc.column("indicator_id").doUpdateSet({ state: JSON.stringify(result.state), updated_at: at })
        ).execute();
      }
      for (const event of result.events) raised.push({ event, indicator });
    }
    if (raised.length === 0) return [];
    const fresh = [];
    for (const item of raised) {
      const inserted = await trx.insertInto("alert_events").values({
        key: item.event.key,
        kind: item.event.kind,
        indicator_id: item.event.indicatorId,
        event: JSON.stringify(item.event),
        created_at: at
      }).onConflict((oc) => oc.column("key").doNothing()).returning("key").executeTakeFirst();
      if (inserted) fresh.push(item);
    }
    if (fresh.length === 0) return [];
    const accounts = await trx.selectFrom("accounts").select(["username", "role", "departments", "disabled"]).execute();
    const follows = (await trx.selectFrom("follows").select(["username", "kind", "target_id"]).execute()).flatMap(
      (f) => f.kind === "indicator" || f.kind === "thrust" || f.kind === "department" ? [{ username: f.username, kind: f.kind, id: f.target_id }] : []
    );
    const settings = new Map(
      (await trx.selectFrom("notification_settings").selectAll().execute()).map((s) => [
        s.username,
        s
      ])
    );
    const webhooks = await trx.selectFrom("webhooks").selectAll().execute();
    const roles = accounts.flatMap((a) => {
      const role = roleSchema.safeParse(a.role);
      return role.success ? [{ ...a, role: role.data }] : [];
    });
    for (const { event, indicator } of fresh) {
      for (const username of recipientsOf(indicator, roles, follows)) {
        await trx.insertInto("inbox_items").values({ username, event_key: event.key, created_at: at }).onConflict((oc) => oc.columns(["username", "event_key"]).doNothing()).execute();
        const mine = settings.get(username);
        if (options.email && mine?.email && mine.email_alerts) {
          const lang = mine.language === "en" ? "en" : "zh";
          const message = alertMessage(event, indicator, lang, options.publicUrl);
          await trx.insertInto("deliveries").values({
            channel: "email",
            target: username,
            event_key: event.key,
            payload: JSON.stringify({
              to: mine.email,
              subject: message.title,
              text: `${message.title}

${message.reason}

${message.link}
`
            }),
            next_attempt_at: at,
            created_at: at
          }).onConflict((oc) => oc.columns(["channel", "target", "event_key"]).doNothing()).execute();
        }
      }
      for (const hook of webhooks) {
        if (hook.departments.length > 0 && !hook.departments.some((d) => indicator.ownerIds.includes(d))) {
          continue;
        }
        const format = hook.format;
        if (!isWebhookFormat(format)) continue;
        const message = alertMessage(event, indicator, "zh", options.publicUrl);
        await trx.insertInto("deliveries").values({
          channel: "webhook",
          target: hook.id,
          event_key: event.key,
          payload: JSON.stringify(webhookBody(format, event, message)),
          next_attempt_at: at,
          created_at: at
        }).onConflict((oc) => oc.columns(["channel", "target", "event_key"]).doNothing()).execute();
      }
    }
    return fresh.map((f) => f.event);
  });
}

// src/server/alerts/service.ts
function smtpSender(smtpUrl, from) {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    }
  };
}
function startAlerts(options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const email = options.smtpUrl ? smtpSender(options.smtpUrl, options.mailFrom) : null;
  let running = null;
  let again = false;
  let stopped = false;
  let soon = null;
  async function round() {
    const at = now();
    const events = await evaluateNow(options.db, {
      now: at,
      publicUrl: options.publicUrl,
      email: email !== null
    });
    if (events.length > 0) options.logger.info("alerts raised", { count: events.length });
    if (email) await queueDigests(options.db, { now: at, publicUrl: options.publicUrl });
    const sent = await deliverDue(options.db, {
      now,
      email,
      ...options.fetch ? { fetch: options.fetch } : {},
      ...options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}
    });
    if (sent.failed > 0) options.logger.warn("deliveries failed", sent);
  }
  function run() {
    if (running) {
      again = true;
      return running;
    }
    running = round().catch((error) => {
      options.logger.error("alerts round failed", {
        error: error instanceof Error ? error.message : String(error)
      });
    }).finally(() => {
      running = null;
      if (again && !stopped) {
        again = false;
        void run();
      }
    });
    return running;
  }
  const timer = setInterval(() => void run(), options.intervalMs);
  timer.unref();
  void run();
  return {
    trigger() {
      if (stopped || soon) return;
      soon = setTimeout(() => {
        soon = null;
        void run();
      }, 100);
      soon.unref();
    },
    runOnce: () => run(),
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (soon) clearTimeout(soon);
      await running;
    }
  };
}

// src/server/main.ts
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}
The server did not start.
`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const root = process.cwd();
  const staticDir = resolve(root, config.staticDir);
  if (process.env.CLIENT_BUILD !== "skip") {
    ensureClientBuild(root, staticDir, (msg) => logger.info(msg));
  }
  const files2 = loadStaticFiles(staticDir);
  const database = await openDatabase(config.database);
  const seeded = await seedIfEmpty(database.db);
  logger.info("database ready", { kind: database.kind, where: database.where, seeded });
  const accounts = sqlAccountsStore(database.db);
  await ensureFirstAdmin(
    accounts,
    scryptPasswords,
    config.firstAdmin,
    /* @__PURE__ */ new Date(),
    (text2) => process.stdout.write(`${text2}
`)
  );
  const alerts = startAlerts({
    db: database.db,
    logger,
    publicUrl: config.publicUrl,
    smtpUrl: config.smtpUrl,
    mailFrom: config.mailFrom,
    intervalMs: config.alertIntervalMs
  });
  const store = sqlStore(database.db);
  const feed = await startChangeFeed(database, store, logger);
  const app = createServerApp({
    store,
    feed: feed.hub,
    alerts: {
      routes: alertRoutes(database.db, config.publicUrl, () => alerts.trigger()),
      afterWrite: () => alerts.trigger()
    },
    accounts,
    passwords: scryptPasswords,
    readAccess: config.readAccess,
    sessionIdleMs: config.sessionIdleMs,
    sessionMaxMs: config.sessionMaxMs,
    trustProxy: config.trustProxy,
    logger,
    files: files2,
    manifest: readManifest(staticDir),
    ready: async () => {
      await sql7`select 1`.execute(database.db);
      return true;
    },
    requestTimeoutMs: config.requestTimeoutMs,
    bodyLimitBytes: config.bodyLimitBytes,
    importBodyLimitBytes: config.importBodyLimitBytes
  });
  if (process.env.BENCH === "1") benchMetrics(logger, () => feed.hub.size());
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info("listening", { url: `http://${config.host}:${info.port}` });
  });
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping: draining requests", { signal });
    const force = setTimeout(() => {
      logger.warn("drain time over: closing open connections");
      if ("closeAllConnections" in server) server.closeAllConnections();
    }, config.shutdownGraceMs);
    force.unref();
    void feed.close();
    server.close(() => {
      void alerts.stop().then(() => database.close()).then(() => {
        logger.info("stopped");
        process.exit(0);
      });
    });
    if ("closeIdleConnections" in server) {
      server.closeIdleConnections();
      setInterval(() => server.closeIdleConnections(), 50).unref();
    }
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}
function benchMetrics(logger, streams) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  setInterval(() => {
    logger.warn("bench metrics", {
      streams: streams(),
      loopDelayP50Ms: Math.round(delay.percentile(50) / 1e4) / 100,
      loopDelayP99Ms: Math.round(delay.percentile(99) / 1e4) / 100,
      loopDelayMaxMs: Math.round(delay.max / 1e4) / 100,
      // Where the memory is: V8's heap, and outside it (PGlite's WebAssembly memory, buffers).
      ...Object.fromEntries(
        Object.entries(process.memoryUsage()).map(([k, v]) => [`${k}Mb`, Math.round(v / 1048576)])
      )
    });
    delay.reset();
  }, 2e3).unref();
}
main().catch((error) => {
  createLogger("error").error("the server could not start", errorFields(error));
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}
`);
  process.exit(1);
});
