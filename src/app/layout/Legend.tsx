import { useTranslation } from '@/lib/i18n';
import { IllustrativeMark } from '@/components/ui/Provenance';
import { StatusBadge } from '@/components/ui/StatusBadge';
import { STATUSES } from '@/domain/status';
import styles from './app-shell.module.css';

/** Explains the one mark for illustrative values and the status palette. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="legend-heading" className={styles.legend}>
      <h2 id="legend-heading" className={styles.legendTitle}>
        {t('legend.heading')}
      </h2>
      <p>
        <IllustrativeMark /> {t('legend.illustrative')}
      </p>
      <p>{t('legend.reported')}</p>
      <p className={styles.legendStatuses}>
        {[...STATUSES, 'stale' as const].map((s) => (
          <StatusBadge key={s} status={s} />
        ))}
      </p>
      <p>{t('legend.method')}</p>
    </section>
  );
}
