// Taking the current view away: its indicators as CSV (what the filters show, as the screen
// words it), and a printable brief of the same view.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { paths } from '@/config/paths';
import { serializeFilters, type ViewFilters } from '@/domain/filters';
import { useFilteredIndicators } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import { departmentQueries, thrustQueries } from '@/lib/api/queries';
import styles from './exports.module.css';

export function ViewExports({ filters }: { filters: ViewFilters }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const { filtered } = useFilteredIndicators(filters);
  const thrusts = useQuery(thrustQueries.list());
  const departments = useQuery(departmentQueries.list());
  const search = serializeFilters(filters).toString();

  const [failure, setFailure] = useState<string | null>(null);

  const exportCsv = async () => {
    if (!filtered) return;
    setFailure(null);
    try {
      const { saveViewCsv } = await import('./view-csv');
      saveViewCsv(
        filtered,
        { lang, today, thrusts: thrusts.data ?? [], departments: departments.data ?? [] },
        t,
        `npf-tracker-${today}${search ? '-filtered' : ''}.csv`,
      );
    } catch (error) {
      setFailure(
        t('exportData.csvFailed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  return (
    <div className={styles.bar} role="group" aria-label={t('exportData.label')}>
      <button
        type="button"
        className={styles.button}
        onClick={() => void exportCsv()}
        disabled={!filtered}
      >
        {t('exportData.csv')}
      </button>
      <Link className={styles.button} to={paths.brief(search ? `?${search}` : '')}>
        {t('exportData.brief')}
      </Link>
      {failure && <span role="alert">{failure}</span>}
    </div>
  );
}
