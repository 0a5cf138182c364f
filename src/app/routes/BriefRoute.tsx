import { SignInGate } from '@/features/accounts/components/SignInGate';
import { Brief } from '@/features/exports/components/Brief';
import { FilterNotices } from '@/features/filters/components/FilterBar';
import { useViewFilters } from '@/hooks/use-view-filters';

/**
 * The brief of whatever the URL's filters select, outside the app shell so it prints clean. What
 * the URL held and the brief ignored is said, as on every other view (not printed).
 */
export function BriefRoute() {
  const { filters } = useViewFilters();
  return (
    <>
      <SignInGate />
      <FilterNotices />
      <Brief filters={filters} />
    </>
  );
}
