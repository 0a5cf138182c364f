import { Brief } from '@/features/exports/components/Brief';
import { useViewFilters } from '@/hooks/use-view-filters';

/** The brief of whatever the URL's filters select, outside the app shell so it prints clean. */
export function BriefRoute() {
  const { filters } = useViewFilters();
  return <Brief filters={filters} />;
}
