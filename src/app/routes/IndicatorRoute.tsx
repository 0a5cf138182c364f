import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useParams } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Skeleton } from '@/components/ui/Panel';
import { RetryingNotice, StaleData, StaleNotice, refreshFailed } from '@/components/ui/QueryState';
import { isRecordId } from '@/domain/ids';
import { shortened } from '@/domain/url-params';
import { formatDate, pick } from '@/domain/format';
import { FollowButton } from '@/features/alerts/components/FollowButton';
import { AuditHistory } from '@/features/audit/components/AuditHistory';
import { RecordChangePanel } from '@/features/data-entry/components/RecordChangePanel';
import { ChartPngButton } from '@/features/exports/components/ChartPngButton';
import { IndicatorDetail } from '@/features/indicators/components/IndicatorDetail';
import { useAssessedIndicators } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import { useViewFilters } from '@/hooks/use-view-filters';
import { ApiError } from '@/lib/api/client';
import { indicatorQueries, programmeQueries, thrustQueries } from '@/lib/api/queries';
import { useSession } from '@/lib/api/session';

// Only admins change targets: the form's code loads when one opens a quantitative indicator.
const TargetChangeForm = lazy(() =>
  import('@/features/data-entry/components/TargetChangeForm').then((m) => ({
    default: m.TargetChangeForm,
  })),
);

export function IndicatorRoute() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const { indicatorId = '' } = useParams();
  const { search } = useViewFilters();
  // An id no indicator can have (markup, a very long string) is not even asked for. A plausible
  // one keeps the client's own `enabled`, which waits until the session allows reading.
  const plausible = isRecordId(indicatorId);
  const indicator = useQuery({
    ...indicatorQueries.detail(indicatorId),
    ...(plausible ? {} : { enabled: false }),
  });
  const programme = useQuery(programmeQueries.detail());
  const thrusts = useQuery(thrustQueries.list());
  const list = useAssessedIndicators();
  const session = useSession();
  const principal = session.data?.principal;
  const admin = principal?.kind === 'user' && principal.role === 'admin';

  const unknown =
    !plausible ||
    (indicator.data === undefined &&
      indicator.error instanceof ApiError &&
      indicator.error.status === 404);
  if (unknown) {
    return <p role="alert">{t('indicator.unknown', { id: shortened(indicatorId) })}</p>;
  }
  if (!indicator.data || !programme.data) {
    // Only what has no data yet is an error here; a failed refresh keeps the page, marked stale.
    const error = (!indicator.data && indicator.error) || (!programme.data && programme.error);
    if (error) {
      return (
        <ErrorMessage
          error={error}
          onRetry={() => {
            void indicator.refetch();
            void programme.refetch();
          }}
        />
      );
    }
    return (
      <>
        <Skeleton rows={6} label={t('app.loading')} />
        <RetryingNotice query={indicator} />
      </>
    );
  }
  const stale = refreshFailed(indicator) || refreshFailed(programme);
  const ind = indicator.data;
  const siblings = ind.factCode
    ? (list.data ?? [])
        .map((a) => a.indicator)
        .filter((s) => s.factCode === ind.factCode && s.id !== ind.id)
    : [];
  return (
    <>
      <StaleNotice queries={[indicator, programme]} />
      <StaleData stale={stale}>
        <IndicatorDetail
          indicator={ind}
          programme={programme.data}
          thrust={thrusts.data?.find((th) => th.id === ind.thrustId)}
          siblings={siblings}
          search={search}
          headerActions={<FollowButton kind="indicator" id={ind.id} name={pick(ind.name, lang)} />}
          chartActions={
            <ChartPngButton
              fileName={`${ind.id}-${today}`}
              footnote={t('exportData.pngFootnote', {
                title: pick(programme.data.title, lang),
                date: formatDate(today, lang),
              })}
            />
          }
          afterTrend={
            <>
              <RecordChangePanel indicator={ind} />
              {admin && ind.kind === 'quantitative' && (
                <Suspense fallback={<Skeleton rows={4} label={t('app.loading')} />}>
                  <TargetChangeForm key={ind.id} indicator={ind} />
                </Suspense>
              )}
              <AuditHistory indicator={ind} />
            </>
          }
        />
      </StaleData>
    </>
  );
}
