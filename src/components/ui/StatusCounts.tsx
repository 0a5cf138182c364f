import { useTranslation } from '@/lib/i18n';
import { formatNumber } from '@/domain/format';
import { STATUSES, type countByStatus } from '@/domain/status';
import { useLanguage } from '@/hooks/use-language';
import { StatusBadge } from './StatusBadge';

/** How many commitments stand at each status (and how many are stale); statuses with none are left out. */
export function StatusCounts({
  counts,
  className,
}: {
  counts: ReturnType<typeof countByStatus>;
  className?: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <ul className={className} aria-label={t('filters.status')}>
      {[...STATUSES, 'stale' as const].map((s) =>
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
