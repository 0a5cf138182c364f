// The commitments table in its panel, fed with every commitment the view's filters select.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import type { ViewFilters } from '@/domain/filters';
import { Suspense, useDeferredValue } from 'react';
import { preloadable } from '@/lib/preloadable';
import { applyFilters, useAssessedIndicators } from '@/hooks/use-assessed-indicators';
import { useToday } from '@/hooks/use-today';
import { departmentQueries } from '@/lib/api/queries';
import { Panel, QueryView } from './Panel';

// Below the headline figures and the attention strip: its code (sorting, paging, the table) loads
// beside the first screen rather than in it, keeping the overview's first JS within its budget.
const CommitmentsTable = preloadable(() =>
  import('./CommitmentsTable').then((m) => m.CommitmentsTable),
);

/** Loads the table's code, so that a first render draws it at once (src/app/render-page.tsx). */
export const preloadCommitmentsTable = CommitmentsTable.preload;

export function CommitmentsPanel({
  title,
  filters,
  search,
  empty,
  deferred = false,
}: {
  title: string;
  filters: ViewFilters;
  search: string;
  empty: string;
  /**
   * Below the first screen (the overview's table): drawn a render after the figures, so they paint
   * first. The server leaves it out of the page it draws, too (src/app/render-page.tsx): laying out
   * its rows cost the first paint ~340 ms at 4× CPU, for rows no desk or TV shows before scrolling.
   */
  deferred?: boolean;
}) {
  const { t } = useTranslation();
  const today = useToday();
  const now = useAssessedIndicators();
  // `null` stands for "none yet" (see useDeferredAssessedIndicators): the first render, on the
  // server as in the browser, shows the panel waiting, and the next one fills it.
  const later = useDeferredValue(now.data ?? null, null) ?? undefined;
  const query = deferred ? { ...now, data: later } : now;
  // A long table follows a change of filter a render later, so the figures above answer at once.
  const laterFilters = useDeferredValue(filters);
  const shownFilters = deferred ? laterFilters : filters;
  const departments = useQuery(departmentQueries.list());
  return (
    <Panel title={title}>
      <QueryView query={query} loadingLabel={t('app.loading')}>
        {(all) => {
          if (all.length === 0) return <p>{t('empty.indicators')}</p>;
          const rows = applyFilters(all, shownFilters);
          if (rows.length === 0) return <p>{empty}</p>;
          return (
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              <CommitmentsTable
                items={rows}
                departments={departments.data ?? []}
                today={today}
                search={search}
                caption={title}
              />
            </Suspense>
          );
        }}
      </QueryView>
    </Panel>
  );
}
