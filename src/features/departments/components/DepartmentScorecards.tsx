// One scorecard per department: what it owns, by status, linking to the overview filtered to it.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { IllustrativeMark } from '@/components/ui/Provenance';
import { Panel, QueryView } from '@/components/ui/Panel';
import { StatusCounts } from '@/components/ui/StatusCounts';
import { paths } from '@/config/paths';
import { serializeFilters, type ViewFilters } from '@/domain/filters';
import { pick } from '@/domain/format';
import { countByStatus } from '@/domain/status';
import { applyFilters, useAssessedIndicators } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { departmentQueries } from '@/lib/api/queries';
import styles from './departments.module.css';

export function DepartmentScorecards({ filters }: { filters: ViewFilters }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const departments = useQuery(departmentQueries.list());
  const indicators = useAssessedIndicators();
  return (
    <Panel title={t('departments.heading')}>
      <QueryView query={departments} also={[indicators]} loadingLabel={t('app.loading')}>
        {(items) => {
          if (items.length === 0) return <p>{t('empty.departments')}</p>;
          const shown = filters.departments.length
            ? items.filter((d) => filters.departments.includes(d.id))
            : items;
          if (shown.length === 0) return <p>{t('departments.empty')}</p>;
          return (
            <ul className={styles.cards}>
              {shown.map((d) => {
                const owned = indicators.data
                  ? applyFilters(indicators.data, { ...filters, departments: [d.id] })
                  : null;
                const counts = owned ? countByStatus(owned.map((o) => o.assessment)) : null;
                const link = serializeFilters({ ...filters, departments: [d.id] }).toString();
                return (
                  <li key={d.id} className={styles.card}>
                    <h3 className={styles.name}>
                      {pick(d.name, lang)}
                      {d.provenance === 'illustrative' && (
                        <IllustrativeMark note={t('departments.illustrativeDept')} />
                      )}
                    </h3>
                    {d.representative ? (
                      <p className={styles.rep}>
                        {t('departments.representative', {
                          name: pick(d.representative.name, lang),
                          role: pick(d.representative.role, lang),
                        })}
                      </p>
                    ) : (
                      <p className={styles.rep}>{t('departments.illustrativeDept')}</p>
                    )}
                    {owned && counts ? (
                      owned.length === 0 ? (
                        <p>{t('departments.none')}</p>
                      ) : (
                        <>
                          <p className={styles.total}>
                            {t('departments.owns', { count: owned.length })}
                          </p>
                          <StatusCounts counts={counts} />
                        </>
                      )
                    ) : null}
                    <Link
                      className={styles.link}
                      to={{ pathname: paths.overview, search: `?${link}` }}
                    >
                      {t('departments.viewFiltered')}
                      <span className="visually-hidden">: {pick(d.shortName, lang)}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          );
        }}
      </QueryView>
    </Panel>
  );
}
