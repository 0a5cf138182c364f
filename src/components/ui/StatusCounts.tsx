import { useTranslation } from '@/lib/i18n';
import { formatNumber } from '@/domain/format';
import { STATUSES, type countByStatus, type Status } from '@/domain/status';
import { useLanguage } from '@/hooks/use-language';
import { StatusBadge } from './StatusBadge';
import styles from './status-counts.module.css';

/**
 * How many commitments stand at each status (and how many are stale); statuses with none are left
 * out. Laid out in a wrapping row; `className` adds to that (a slide's spacing, say).
 */
export function StatusCounts({
  counts,
  className,
  order = STATUSES,
}: {
  counts: ReturnType<typeof countByStatus>;
  className?: string;
  /** Beside a stacked bar, the bar's order (worst first), so words and picture read alike. */
  order?: readonly Status[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <ul
      className={className ? `${styles.counts} ${className}` : styles.counts}
      aria-label={t('filters.status')}
    >
      {[...order, 'stale' as const].map((s) =>
        counts[s] > 0 ? (
          <li key={s}>
            <StatusBadge status={s} />{' '}
            <span className="figure">{formatNumber(counts[s], lang)}</span>
          </li>
        ) : null,
      )}
    </ul>
  );
}
