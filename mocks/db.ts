// The mock API's database: the shipped data set plus what analysts record, kept in the browser's
// localStorage so edits survive a reload and are shared by the tabs of one browser. It implements
// the API's Store (src/api/store.ts), so the mock answers exactly as the server does. A write that
// storage refuses is an error, never "saved"; stored data that cannot be read is reported, never
// silently replaced by the shipped data set; `reset()` restores the shipped data set.
import { z } from '@/domain/zod';
import { auditEntrySchema, newestFirst, type AuditEntry } from '@/domain/audit';
import { MOCK_CHANGE_CHANNEL, type ChangeEvent } from '@/domain/change-events';
import {
  indicatorSchema,
  type Department,
  type Indicator,
  type Programme,
  type Thrust,
} from '@/domain/schemas';
import { CorruptStore, StorageFailure, type Store, type StoreTx } from '@/api/store';
import * as seed from '@/data-set';

interface Tables {
  programme: Programme;
  thrusts: Thrust[];
  departments: Department[];
  /** Each with its version. */
  indicators: Indicator[];
  /** Oldest first, as the changes were made. */
  audit: AuditEntry[];
}

export const DB_STORAGE_KEY = 'npf-tracker:mock-db';

/**
 * A fingerprint of the shipped indicators: edits saved against another data set cannot be laid
 * over this one, and are reported as such.
 */
function fingerprint(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i += 1) h = (h * 33) ^ text.charCodeAt(i);
  return `${text.length}-${(h >>> 0).toString(36)}`;
}
/** Computed when first needed (a stored entry to check, a change to save), not at start-up. */
let seedPrint: string | undefined;
const seedFingerprint = () => (seedPrint ??= fingerprint(JSON.stringify(seed.indicators)));

const storedSchema = z.object({
  version: z.literal(1),
  seed: z.string(),
  revision: z.optional(z.int()),
  indicators: z.array(indicatorSchema),
  audit: z.array(auditEntrySchema),
});

function fresh(): Tables {
  return structuredClone({
    programme: seed.programme,
    thrusts: seed.thrusts,
    departments: seed.departments,
    indicators: seed.indicators.map((i) => ({ ...i, version: 1 })),
    audit: [],
  });
}

/** localStorage where there is one (the browser, jsdom); none in a worker or plain Node. */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage disabled by the browser's privacy settings: the demo still runs, in memory.
    return null;
  }
}

function readStorage(): string | null {
  try {
    return storage()?.getItem(DB_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

const CORRUPT =
  'the demo data saved in this browser cannot be read (cut short or edited by hand); it was not used. Reset the demo data to start again from the shipped data set.';
const OUTDATED =
  'the demo data saved in this browser belongs to another version of the data set; it was not used. Reset the demo data to start again from the shipped data set.';

/** The tables a stored entry holds, or why it cannot be used. */
function parseStored(raw: string): { tables: Tables; revision: number } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { problem: CORRUPT };
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return { problem: CORRUPT };
  if (parsed.data.seed !== seedFingerprint()) return { problem: OUTDATED };
  return {
    tables: { ...fresh(), indicators: parsed.data.indicators, audit: parsed.data.audit },
    revision: parsed.data.revision ?? 0,
  };
}

let tables = fresh();
let revision = 0;
/** What storage held when `tables` was read or written: another tab's write changes it. */
let seen: string | null = null;
/** Why the stored data cannot be used, until it is reset. */
let broken: string | null = null;
/** Set when storage must be read again whatever it holds (a page load). */
let unread = true;
/** A scenario's generated data lives in memory only and never overwrites what analysts saved. */
let ephemeral = false;

/** Reads storage again when another tab (or a hand edit) changed it since. */
function sync(): void {
  if (ephemeral) return;
  const raw = readStorage();
  if (raw === seen && !unread) return;
  seen = raw;
  unread = false;
  if (raw === null) {
    // Nothing saved, or another tab reset the demo data.
    tables = fresh();
    broken = null;
    revision += 1;
    return;
  }
  const stored = parseStored(raw);
  if ('problem' in stored) {
    broken = stored.problem;
    return;
  }
  broken = null;
  tables = stored.tables;
  revision = Math.max(revision + 1, stored.revision);
}

function current(): Tables {
  sync();
  if (broken) throw new CorruptStore(broken);
  return tables;
}

/** Writes the tables to storage; on failure nothing changes and the caller hears why. */
function persist(next: Tables, nextRevision: number): void {
  const store = storage();
  if (store && !ephemeral) {
    const raw = JSON.stringify({
      version: 1,
      seed: seedFingerprint(),
      revision: nextRevision,
      indicators: next.indicators,
      audit: next.audit,
    });
    try {
      store.setItem(DB_STORAGE_KEY, raw);
    } catch (cause) {
      throw new StorageFailure(
        `the browser refused to store the change (${cause instanceof Error ? cause.name : 'error'}: storage full or disabled); nothing was saved`,
      );
    }
    seen = raw;
  }
  tables = next;
  revision = nextRevision;
}

/** The change feed's history in this tab (the last 1,000 of its own writes): memory only. */
let events: ChangeEvent[] = [];
const changeListeners = new Set<() => void>();
let channel: BroadcastChannel | null | undefined;

/**
 * The demo's change feed: a write here is announced on a BroadcastChannel, so the demo's other
 * tabs refetch what changed (they read storage again on their next request), as a server's
 * clients do through GET /events.
 */
function announce(event: ChangeEvent): void {
  events = [...events.slice(-999), event];
  for (const listener of changeListeners) listener();
  try {
    if (channel === undefined) {
      channel =
        typeof BroadcastChannel === 'function' ? new BroadcastChannel(MOCK_CHANGE_CHANNEL) : null;
      // In Node (the tests) an open channel would keep the process alive; browsers have no unref.
      (channel as { unref?: () => void } | null)?.unref?.();
    }
    channel?.postMessage(event);
  } catch {
    // No channel (an old browser, a closed one): the other tabs poll instead.
  }
}

/** One transaction at a time, as a database would serialise writers to the same rows. */
let queue: Promise<unknown> = Promise.resolve();

export const mockStore: Store = {
  programme: () => Promise.resolve().then(() => current().programme),
  thrusts: () => Promise.resolve().then(() => current().thrusts),
  departments: () => Promise.resolve().then(() => current().departments),
  indicators: () => Promise.resolve().then(() => current().indicators),
  indicator: (id) =>
    Promise.resolve().then(() => current().indicators.find((i) => i.id === id) ?? null),
  audit: (id) =>
    Promise.resolve().then(() => newestFirst(current().audit.filter((e) => e.indicatorId === id))),
  revision: () =>
    Promise.resolve().then(() => {
      current();
      return revision;
    }),
  changes: (after, limit) =>
    Promise.resolve().then(() => {
      current();
      const newer = events.filter((e) => e.revision > after);
      // The tab's revision also moves when another tab wrote (read from storage), and those
      // writes are not in this tab's history: anything but an unbroken run is a reset.
      const unbroken = after === revision || newer[0]?.revision === after + 1;
      return after > revision || !unbroken
        ? { reset: true as const, revision }
        : { reset: false as const, events: newer.slice(0, limit) };
    }),
  transact<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    const run = async () => {
      const base = current();
      const saved = new Map<string, Indicator>();
      const entries: AuditEntry[] = [];
      const tx: StoreTx = {
        lock: (ids) =>
          Promise.resolve(ids.flatMap((id) => base.indicators.find((i) => i.id === id) ?? [])),
        save: (indicators, audit) => {
          for (const i of indicators) saved.set(i.id, i);
          entries.push(...audit);
          return Promise.resolve();
        },
      };
      const result = await work(tx);
      if (saved.size > 0 || entries.length > 0) {
        persist(
          {
            ...base,
            indicators: base.indicators.map((i) => saved.get(i.id) ?? i),
            audit: [...base.audit, ...entries],
          },
          revision + 1,
        );
        announce({
          revision,
          at: new Date().toISOString(),
          what: entries.some((e) => e.via === 'import') ? 'import' : 'record',
          indicators: [...saved.values()].map((i) => ({ id: i.id, version: i.version ?? 1 })),
        });
      }
      return result;
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  },
};

export const db = {
  /** Calls `listener` after each write this tab commits; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  },
  /** The tables as they are now (tests and fault scenarios read them). */
  get: (): Readonly<Tables> => current(),
  /** Replaces the indicators in memory only, e.g. with a synthetic scale scenario. */
  setIndicators(indicators: Indicator[]): void {
    tables = {
      ...current(),
      indicators: indicators.map((i) => ({ ...i, version: i.version ?? 1 })),
    };
    revision += 1;
    ephemeral = true;
  },
  /** Reads the browser's storage again, as a page load does. */
  reload(): void {
    ephemeral = false;
    unread = true;
    sync();
  },
  /** Back to the shipped data set, forgetting every recorded change. */
  reset(): void {
    tables = fresh();
    revision += 1;
    ephemeral = false;
    broken = null;
    try {
      storage()?.removeItem(DB_STORAGE_KEY);
    } catch {
      // Storage disabled: memory alone is reset.
    }
    seen = null;
  },
};
