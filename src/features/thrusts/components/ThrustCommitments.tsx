// One thrust's commitments, indicators and milestones alike, with owner, figures, status and trend.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { Sparkline } from '@/components/charts/Sparkline';
import { IndicatorFigure, IndicatorTarget } from '@/components/ui/IndicatorFigure';
import { Owners } from '@/components/ui/Owners';
import { Panel, QueryView } from '@/components/ui/Panel';
import { SourceLine } from '@/components/ui/Provenance';
import { StatusBadges } from '@/components/ui/StatusBadge';
import headerStyles from '@/components/ui/page-header.module.css';
import tableStyles from '@/components/ui/table.module.css';
import { paths } from '@/config/paths';
import type { ViewFilters } from '@/domain/filters';
import { pick } from '@/domain/format';
import type { Thrust } from '@/domain/schemas';
import { sparklineValues } from '@/domain/series';
import { compareForReview } from '@/domain/status';
import { applyFilters, useAssessedIndicators } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import { departmentQueries } from '@/lib/api/queries';
import styles from './thrust.module.css';

export function ThrustHeader({ thrust }: { thrust: Thrust }) {
  const lang = useLanguage();
  return (
    <header className={`${headerStyles.header} ${styles.header}`} data-thrust={thrust.id}>
      <p className={styles.kicker}>
        <span className={styles.thrustId}>{thrust.id}</span> · {pick(thrust.shortName, lang)}
      </p>
      <h1 className={styles.title}>{pick(thrust.name, lang)}</h1>
      <p className={styles.summary}>{pick(thrust.summary, lang)}</p>
      <p className={styles.source}>
        <SourceLine citation={thrust.citation} />
      </p>
    </header>
  );
}

export function ThrustCommitments({
  thrust,
  filters,
  search,
}: {
  thrust: Thrust;
  filters: ViewFilters;
  search: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const query = useAssessedIndicators();
  const departments = useQuery(departmentQueries.list());
  return (
    <Panel title={t('thrust.commitments')}>
      <QueryView query={query} loadingLabel={t('app.loading')}>
        {(all) => {
          if (all.length === 0) return <p>{t('empty.indicators')}</p>;
          const rows = applyFilters(all, { ...filters, thrust: thrust.id }).sort(compareForReview);
          if (rows.length === 0) return <p>{t('thrust.empty')}</p>;
          return (
            <div className={tableStyles.scroll}>
              <table className={`${tableStyles.table} ${styles.table}`}>
                <thead>
                  <tr>
                    <th scope="col">{t('thrust.indicator')}</th>
                    <th scope="col">{t('thrust.owner')}</th>
                    <th scope="col">{t('thrust.latest')}</th>
                    <th scope="col">{t('thrust.target')}</th>
                    <th scope="col">{t('thrust.status')}</th>
                    <th scope="col">{t('thrust.trend')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ indicator, assessment }) => (
                    <tr key={indicator.id}>
                      <th scope="row">
                        <Link to={{ pathname: paths.indicator(indicator.id), search }}>
                          {pick(indicator.name, lang)}
                        </Link>
                        {indicator.factCode && (
                          <span className={styles.code}>{indicator.factCode}</span>
                        )}
                      </th>
                      <td>
                        <Owners indicator={indicator} departments={departments.data ?? []} />
                      </td>
                      <td className={styles.figure}>
                        <IndicatorFigure indicator={indicator} today={today} />
                      </td>
                      <td>
                        <IndicatorTarget indicator={indicator} today={today} />
                      </td>
                      <td>
                        <StatusBadges
                          status={assessment.status}
                          stale={assessment.stale}
                          illustrative={assessment.illustrative}
                        />
                      </td>
                      <td>
                        {indicator.kind === 'quantitative' && (
                          <Sparkline values={sparklineValues(indicator)} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryView>
    </Panel>
  );
}
