// The departments side by side: one row per body (市政府 and its portfolios as one), what it owns
// as a stacked status bar, worst first or as the reader sorts, linking to the overview filtered to it.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { StatusStack } from '@/components/charts/StatusStack';
import { IllustrativeMark } from '@/components/ui/Provenance';
import { Panel, QueryView } from '@/components/ui/Panel';
import { StatusCounts } from '@/components/ui/StatusCounts';
import { paths } from '@/config/paths';
import { serializeFilters, type ViewFilters } from '@/domain/filters';
import { pick } from '@/domain/format';
import {
  BAR_ORDER,
  groupBodies,
  SCORECARD_SORTS,
  scorecards,
  sortScorecards,
  type ScorecardSort,
} from '@/domain/scorecards';
import { applyFilters, useAssessedIndicators } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { departmentQueries } from '@/lib/api/queries';
import styles from './departments.module.css';

export function DepartmentScorecards({ filters }: { filters: ViewFilters }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const sortId = useId();
  const [sort, setSort] = useState<ScorecardSort>('worst');
  const departments = useQuery(departmentQueries.list());
  const indicators = useAssessedIndicators();
  return (
    <Panel
      title={t('departments.heading')}
      actions={
        <label className={styles.sort} htmlFor={sortId}>
          {t('departments.sort')}
          <select
            id={sortId}
            value={sort}
            onChange={(e) => setSort(e.currentTarget.value as ScorecardSort)}
          >
            {SCORECARD_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`departments.sortBy.${s}`)}
              </option>
            ))}
          </select>
        </label>
      }
    >
      <QueryView query={departments} also={[indicators]} loadingLabel={t('app.loading')}>
        {(items) => {
          if (items.length === 0) return <p>{t('empty.departments')}</p>;
          const bodies = groupBodies(items).filter(
            (b) =>
              filters.departments.length === 0 ||
              b.members.some((m) => filters.departments.includes(m.id)),
          );
          if (bodies.length === 0) return <p>{t('departments.empty')}</p>;
          // The other filters (thrust, status, text) narrow what each body is counted on.
          const owned = indicators.data
            ? applyFilters(indicators.data, { ...filters, departments: [] })
            : [];
          const cards = sortScorecards(scorecards(bodies, owned), sort, lang);
          return (
            <ul className={styles.cards}>
              {cards.map(({ body, total, counts }) => {
                const ids = body.members.map((m) => m.id);
                const link = serializeFilters({ ...filters, departments: ids }).toString();
                return (
                  <li key={body.id} className={styles.card}>
                    <div className={styles.who}>
                      <h3 className={styles.name}>
                        {pick(body.name, lang)}
                        {body.provenance === 'illustrative' && (
                          <IllustrativeMark note={t('departments.illustrativeDept')} />
                        )}
                      </h3>
                      {body.members.length > 1 && (
                        <p className={styles.rep}>
                          {t('departments.members', {
                            names: body.members.map((m) => pick(m.shortName, lang)).join('、'),
                          })}
                        </p>
                      )}
                      {body.members.map((m) =>
                        m.representative ? (
                          <p key={m.id} className={styles.rep}>
                            {t('departments.representative', {
                              name: pick(m.representative.name, lang),
                              role: pick(m.representative.role, lang),
                            })}
                          </p>
                        ) : null,
                      )}
                      {body.provenance === 'illustrative' && (
                        <p className={styles.rep}>{t('departments.illustrativeDept')}</p>
                      )}
                    </div>
                    {indicators.data ? (
                      total === 0 ? (
                        <p className={styles.none}>{t('departments.none')}</p>
                      ) : (
                        <div className={styles.figures}>
                          <p className={styles.total}>{t('departments.owns', { count: total })}</p>
                          <StatusStack counts={counts} total={total} />
                          <StatusCounts counts={counts} order={BAR_ORDER} />
                        </div>
                      )
                    ) : null}
                    <Link
                      className={styles.link}
                      to={{ pathname: paths.overview, search: `?${link}` }}
                    >
                      {t('departments.viewFiltered')}
                      <span className="visually-hidden">: {pick(body.shortName, lang)}</span>
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
