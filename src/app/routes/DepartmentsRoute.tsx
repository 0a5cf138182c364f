import { DepartmentScorecards } from '@/features/departments/components/DepartmentScorecards';
import { useViewFilters } from '@/hooks/use-view-filters';
import { ProgrammeHeading } from './OverviewRoute';

export function DepartmentsRoute() {
  const { filters } = useViewFilters();
  return (
    <>
      <ProgrammeHeading />
      <DepartmentScorecards filters={filters} />
    </>
  );
}
