// The commitments table in its panel, fed with every commitment the view's filters select.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import type { ViewFilters } from '@/domain/filters';
import { applyFilters, useDeferredAssessedIndicators } from '@/hooks/use-assessed-indicators';
import { useToday } from '@/hooks/use-today';
import { departmentQueries } from '@/lib/api/queries';
import { CommitmentsTable } from './CommitmentsTable';
import { Panel, QueryView } from './Panel';

export function CommitmentsPanel({
  title,
  filters,
  search,
  empty,
}: {
  title: string;
  filters: ViewFilters;
  search: string;
  empty: string;
}) {
  const { t } = useTranslation();
  const today = useToday();
  const query = useDeferredAssessedIndicators();
  const departments = useQuery(departmentQueries.list());
  return (
    <Panel title={title}>
      <QueryView query={query} loadingLabel={t('app.loading')}>
        {(all) => {
          if (all.length === 0) return <p>{t('empty.indicators')}</p>;
          const rows = applyFilters(all, filters);
          if (rows.length === 0) return <p>{empty}</p>;
          return (
            <CommitmentsTable
              items={rows}
              departments={departments.data ?? []}
              today={today}
              search={search}
              caption={title}
            />
          );
        }}
      </QueryView>
    </Panel>
  );
}
