// What the API needs from its storage, and the ways storage can fail: one interface, two
// implementations (SQL in the server, src/server/store; localStorage in mock mode, mocks/db.ts).
import type { AuditEntry } from '@/domain/audit';
import type { ChangeBatch } from '@/domain/change-events';
import type { Department, Indicator, Programme, Thrust } from '@/domain/schemas';

export interface Store {
  programme(): Promise<Programme>;
  thrusts(): Promise<Thrust[]>;
  departments(): Promise<Department[]>;
  /** Every indicator in the data set's order, each with its current `version`. */
  indicators(): Promise<Indicator[]>;
  indicator(id: string): Promise<Indicator | null>;
  /** An indicator's audit trail, newest first. */
  audit(indicatorId: string): Promise<AuditEntry[]>;
  /** Counts every committed change; a cached answer is good while it is unchanged. */
  revision(): Promise<number>;
  /**
   * The committed changes after revision `after`, oldest first, at most `limit` of them; `reset`
   * when the kept history no longer reaches back that far (or `after` is not from this store).
   */
  changes(after: number, limit: number): Promise<ChangeBatch>;
  /**
   * Runs `work` as one transaction: what it saves lands together with its audit entries, or
   * nothing does (the work throws, or the storage fails).
   */
  transact<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
}

export interface StoreTx {
  /**
   * The indicators with these ids as they are now, held until the transaction ends so that no
   * other writer changes them in between. Unknown ids are left out.
   */
  lock(ids: readonly string[]): Promise<Indicator[]>;
  /**
   * Saves the indicators (each with its new `version`, one more than the locked one) and appends
   * the audit entries.
   */
  save(indicators: readonly Indicator[], audit: readonly AuditEntry[]): Promise<void>;
}

/** The storage could not keep a change (a full or unwritable store); nothing was saved. */
export class StorageFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageFailure';
  }
}

/** What is stored cannot be read back as the data set (truncated or edited by hand). */
export class CorruptStore extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptStore';
  }
}
