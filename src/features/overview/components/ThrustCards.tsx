// The four thrusts, each with how many of its commitments stand at each status.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { Panel, QueryView } from '@/components/ui/Panel';
import { StatusCounts } from '@/components/ui/StatusCounts';
import { paths } from '@/config/paths';
import type { ViewFilters } from '@/domain/filters';
import { pick } from '@/domain/format';
import { countByStatus } from '@/domain/status';
import { applyFilters, useDeferredAssessedIndicators } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { thrustQueries } from '@/lib/api/queries';
import styles from './overview.module.css';

export function ThrustCards({ filters, search }: { filters: ViewFilters; search: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const thrusts = useQuery(thrustQueries.list());
  const indicators = useDeferredAssessedIndicators();
  return (
    <Panel title={t('overview.thrusts')}>
      <QueryView query={thrusts} also={[indicators]} loadingLabel={t('app.loading')}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('empty.thrusts')}</p>
          ) : (
            <ul className={styles.thrusts}>
              {items.map((thrust) => {
                const mine = indicators.data
                  ? applyFilters(indicators.data, { ...filters, thrust: thrust.id })
                  : null;
                const counts = mine ? countByStatus(mine.map((m) => m.assessment)) : null;
                return (
                  <li key={thrust.id} className={styles.thrust} data-thrust={thrust.id}>
                    <h3 className={styles.thrustName}>
                      <Link to={{ pathname: paths.thrust(thrust.id), search }}>
                        <span className={styles.thrustId}>{thrust.id}</span>{' '}
                        {pick(thrust.name, lang)}
                      </Link>
                    </h3>
                    <p className={styles.thrustSummary}>{pick(thrust.summary, lang)}</p>
                    {counts && mine ? (
                      <>
                        <p className={styles.thrustTotal}>
                          {t('overview.indicators', { count: mine.length })}
                        </p>
                        <StatusCounts counts={counts} />
                      </>
                    ) : indicators.error ? null : (
                      <p className={styles.thrustTotal}>{t('app.loading')}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryView>
    </Panel>
  );
}
