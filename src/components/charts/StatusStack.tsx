// A stacked bar of commitments by status, worst on the left: a picture of a distribution (its label
// says the same in words for screen readers; views put the counts in words beside it).
import { useTranslation } from '@/lib/i18n';
import { formatNumber } from '@/domain/format';
import { statusSegments, type StatusCountsRecord } from '@/domain/scorecards';
import { useLanguage } from '@/hooks/use-language';
import styles from './status-stack.module.css';

export function StatusStack({
  counts,
  total,
  className,
}: {
  counts: StatusCountsRecord;
  total: number;
  className?: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const segments = statusSegments(counts, total);
  const label = segments
    .map((s) => `${t(`status.${s.status}`)} ${formatNumber(s.count, lang)}`)
    .join(lang === 'zh' ? '，' : ', ');
  return (
    <div
      className={className ? `${styles.bar} ${className}` : styles.bar}
      role="img"
      aria-label={`${t('departments.distribution')}${lang === 'zh' ? '：' : ': '}${label}`}
    >
      {segments.map((s) => (
        <span
          key={s.status}
          className={styles.segment}
          data-status={s.status}
          style={{ flexGrow: s.count }}
        />
      ))}
    </div>
  );
}
