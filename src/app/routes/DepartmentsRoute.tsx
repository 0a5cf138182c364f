import { DepartmentScorecards } from '@/features/departments/components/DepartmentScorecards';
import { useViewFilters } from '@/hooks/use-view-filters';
import { useTranslation } from '@/lib/i18n';
import { ProgrammeHeading } from './OverviewRoute';

export function DepartmentsRoute() {
  const { t } = useTranslation();
  const { filters } = useViewFilters();
  return (
    <>
      <ProgrammeHeading title={t('nav.departments')} />
      <DepartmentScorecards filters={filters} />
    </>
  );
}
