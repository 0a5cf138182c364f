// What a panel says about its data besides the data: a refresh that failed while older data is
// still on screen (so that data never passes for fresh), and retries still under way.
import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n';
import { formatDateTime } from '@/domain/format';
import { useLanguage } from '@/hooks/use-language';
import { canRetry, errorText } from './ErrorMessage';
import styles from './query-state.module.css';

/** The parts of a query result a panel reads; `useQuery`'s result has them all. */
export interface QueryLike<T = unknown> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
  dataUpdatedAt?: number;
  failureCount?: number;
  isFetching?: boolean;
}

/** The newest refresh failed, but an older answer is still held (TanStack keeps it). */
export function refreshFailed(query: QueryLike): boolean {
  return query.data !== undefined && query.error != null;
}

/**
 * The mark on a panel whose data could not be refreshed: when the shown data was fetched, why
 * the refresh failed, and a retry. Nothing when every query is fine.
 */
export function StaleNotice({ queries }: { queries: readonly QueryLike[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const failed = queries.filter(refreshFailed);
  const first = failed[0];
  if (!first) return null;
  const times = failed.map((q) => q.dataUpdatedAt ?? 0).filter((at) => at > 0);
  const oldest = times.length > 0 ? Math.min(...times) : null;
  return (
    <div role="status" className={styles.stale} data-refresh-failed="true">
      <strong className={styles.staleTitle}>
        <span aria-hidden="true">◔ </span>
        {t('faults.staleTitle')}
      </strong>{' '}
      {oldest !== null && (
        <span>
          {t('faults.stale', { time: formatDateTime(new Date(oldest).toISOString(), lang) })}{' '}
        </span>
      )}
      <span className={styles.reason}>{errorText(first.error, t)}</span>{' '}
      {failed.some((q) => canRetry(q.error)) && (
        <button
          type="button"
          className={styles.retry}
          onClick={() => failed.forEach((q) => void q.refetch())}
        >
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * Data under a stale notice: dimmed and marked, so no figure in it reads as current. Always a
 * wrapper (not only when stale) so the content below keeps its state when the mark comes and goes.
 */
export function StaleData({ stale, children }: { stale: boolean; children: ReactNode }) {
  return (
    <div className={stale ? styles.staleData : undefined} data-stale={stale || undefined}>
      {children}
    </div>
  );
}

/** While a failed first load is being retried: say so, instead of an endless skeleton. */
export function RetryingNotice({ query }: { query: QueryLike }) {
  const { t } = useTranslation();
  const count = query.failureCount ?? 0;
  if (count === 0 || !query.isFetching || query.data !== undefined) return null;
  return (
    <p role="status" className={styles.retrying}>
      {t('faults.retrying', { count })}
    </p>
  );
}
