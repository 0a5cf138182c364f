// The mock API's database: the shipped data set plus what analysts record, kept in the browser's
// localStorage so edits survive a reload; `reset()` restores the shipped data set.
import { z } from '@/domain/zod';
import { auditEntrySchema, type AuditEntry } from '@/domain/audit';
import {
  indicatorSchema,
  type Department,
  type Indicator,
  type Programme,
  type Thrust,
} from '@/domain/schemas';
import * as seed from './data';

interface Tables {
  programme: Programme;
  thrusts: Thrust[];
  departments: Department[];
  indicators: Indicator[];
  /** Oldest first, as the changes were made. */
  audit: AuditEntry[];
}

export const DB_STORAGE_KEY = 'npf-tracker:mock-db';

/**
 * A fingerprint of the shipped indicators: when a new build ships different data, edits saved
 * against the old data set are dropped rather than mixed into the new one.
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
  indicators: z.array(indicatorSchema),
  audit: z.array(auditEntrySchema),
});

function fresh(): Tables {
  return structuredClone({
    programme: seed.programme,
    thrusts: seed.thrusts,
    departments: seed.departments,
    indicators: seed.indicators,
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

function load(): Tables {
  const tables = fresh();
  const raw = storage()?.getItem(DB_STORAGE_KEY);
  if (!raw) return tables;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    // A hand-edited, outdated or foreign entry is ignored, never served.
    if (!parsed.success || parsed.data.seed !== seedFingerprint()) return tables;
    return { ...tables, indicators: parsed.data.indicators, audit: parsed.data.audit };
  } catch {
    return tables;
  }
}

function save(tables: Tables): void {
  try {
    storage()?.setItem(
      DB_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        seed: seedFingerprint(),
        indicators: tables.indicators,
        audit: tables.audit,
      }),
    );
  } catch {
    // Quota exceeded: the change holds until the page is closed, like an in-memory mock.
  }
}

let tables = load();
/** A scenario's generated data lives in memory only and never overwrites what analysts saved. */
let ephemeral = false;

export const db = {
  get: (): Readonly<Tables> => tables,
  /** Replaces the indicators, e.g. with a synthetic scale scenario in a test. */
  setIndicators(indicators: Indicator[]): void {
    tables = { ...tables, indicators };
    ephemeral = true;
  },
  /** Saves changed indicators and their audit entries together, as one transaction would. */
  commit(changed: readonly Indicator[], entries: readonly AuditEntry[]): void {
    const byId = new Map(changed.map((i) => [i.id, i]));
    tables = {
      ...tables,
      indicators: tables.indicators.map((i) => byId.get(i.id) ?? i),
      audit: [...tables.audit, ...entries],
    };
    if (!ephemeral) save(tables);
  },
  /** Reads the browser's storage again, as a page load does. */
  reload(): void {
    tables = load();
    ephemeral = false;
  },
  /** Back to the shipped data set, forgetting every recorded change. */
  reset(): void {
    tables = fresh();
    ephemeral = false;
    storage()?.removeItem(DB_STORAGE_KEY);
  },
};
