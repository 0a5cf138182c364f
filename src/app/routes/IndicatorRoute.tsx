import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Skeleton } from '@/components/ui/Panel';
import { formatDate, pick } from '@/domain/format';
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

export function IndicatorRoute() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const { indicatorId = '' } = useParams();
  const { search } = useViewFilters();
  const indicator = useQuery(indicatorQueries.detail(indicatorId));
  const programme = useQuery(programmeQueries.detail());
  const thrusts = useQuery(thrustQueries.list());
  const list = useAssessedIndicators();

  if (indicator.error instanceof ApiError && indicator.error.status === 404) {
    return <p role="alert">{t('indicator.unknown', { id: indicatorId.slice(0, 60) })}</p>;
  }
  const error = indicator.error ?? programme.error;
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
  if (!indicator.data || !programme.data) return <Skeleton rows={6} label={t('app.loading')} />;
  const ind = indicator.data;
  const siblings = ind.factCode
    ? (list.data ?? [])
        .map((a) => a.indicator)
        .filter((s) => s.factCode === ind.factCode && s.id !== ind.id)
    : [];
  return (
    <IndicatorDetail
      indicator={ind}
      programme={programme.data}
      thrust={thrusts.data?.find((th) => th.id === ind.thrustId)}
      siblings={siblings}
      search={search}
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
          <AuditHistory indicator={ind} />
        </>
      }
    />
  );
}
