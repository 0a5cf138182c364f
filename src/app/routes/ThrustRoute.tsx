import { useQuery } from '@tanstack/react-query';
import { useParams } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Skeleton } from '@/components/ui/Panel';
import { ViewExports } from '@/features/exports/components/ViewExports';
import { CommitmentsPanel } from '@/components/ui/CommitmentsPanel';
import { FollowButton } from '@/features/alerts/components/FollowButton';
import { ThrustHeader } from '@/features/thrusts/components/ThrustHeader';
import { pick } from '@/domain/format';
import { shortened } from '@/domain/url-params';
import { useLanguage } from '@/hooks/use-language';
import { useViewFilters } from '@/hooks/use-view-filters';
import { thrustQueries } from '@/lib/api/queries';
import { FilterSummary } from './OverviewRoute';

export function ThrustRoute() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { thrustId = '' } = useParams();
  const { filters, search } = useViewFilters();
  const thrusts = useQuery(thrustQueries.list());
  if (!thrusts.data) {
    if (thrusts.error)
      return <ErrorMessage error={thrusts.error} onRetry={() => void thrusts.refetch()} />;
    return <Skeleton label={t('app.loading')} />;
  }
  if (thrusts.data.length === 0) return <p role="alert">{t('empty.thrusts')}</p>;
  const thrust = thrusts.data.find((th) => th.id === thrustId.toUpperCase());
  if (!thrust) return <p role="alert">{t('thrust.unknown', { id: shortened(thrustId) })}</p>;
  return (
    <>
      <ThrustHeader
        thrust={thrust}
        actions={<FollowButton kind="thrust" id={thrust.id} name={pick(thrust.shortName, lang)} />}
      />
      {/* The filters hold this page's thrust already (the path wins over the query string). */}
      <ViewExports filters={filters} />
      <FilterSummary />
      <CommitmentsPanel
        title={t('thrust.commitments')}
        filters={filters}
        search={search}
        empty={t('thrust.empty')}
      />
    </>
  );
}
