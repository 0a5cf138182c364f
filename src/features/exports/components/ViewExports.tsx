// Taking the current view away: its indicators as CSV (what the filters show, as the screen
// words it), and a printable brief of the same view.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { toCsv, viewCsvRows } from '@/domain/csv';
import { serializeFilters, type ViewFilters } from '@/domain/filters';
import { useFilteredIndicators } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import { departmentQueries, thrustQueries } from '@/lib/api/queries';
import { saveCsv } from '@/lib/download';
import { exportLabels } from './export-labels';
import styles from './exports.module.css';

export function ViewExports({ filters }: { filters: ViewFilters }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const { filtered } = useFilteredIndicators(filters);
  const thrusts = useQuery(thrustQueries.list());
  const departments = useQuery(departmentQueries.list());
  const search = serializeFilters(filters).toString();

  const exportCsv = () => {
    if (!filtered) return;
    const rows = viewCsvRows(filtered, {
      lang,
      today,
      thrusts: thrusts.data ?? [],
      departments: departments.data ?? [],
      labels: exportLabels(t, lang),
    });
    saveCsv(toCsv(rows), `npf-tracker-${today}${search ? '-filtered' : ''}.csv`);
  };

  return (
    <div className={styles.bar} role="group" aria-label={t('exportData.label')}>
      <button type="button" className={styles.button} onClick={exportCsv} disabled={!filtered}>
        {t('exportData.csv')}
      </button>
      <Link className={styles.button} to={paths.brief(search ? `?${search}` : '')}>
        {t('exportData.brief')}
      </Link>
    </div>
  );
}
