import { useQuery } from '@tanstack/react-query';
import { FollowButton } from '@/features/alerts/components/FollowButton';
import { DepartmentScorecards } from '@/features/departments/components/DepartmentScorecards';
import { useViewFilters } from '@/hooks/use-view-filters';
import { useTranslation } from '@/lib/i18n';
import { pick } from '@/domain/format';
import { useLanguage } from '@/hooks/use-language';
import { departmentQueries } from '@/lib/api/queries';
import { ProgrammeHeading } from './OverviewRoute';
import styles from './routes.module.css';

export function DepartmentsRoute() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { filters } = useViewFilters();
  const departments = useQuery(departmentQueries.list());
  // The departments the filter picked can be followed, each by name.
  const picked = (departments.data ?? []).filter((d) => filters.departments.includes(d.id));
  return (
    <>
      <ProgrammeHeading title={t('nav.departments')} />
      {picked.length > 0 && (
        <div className={styles.follows}>
          {picked.map((d) => (
            <FollowButton
              key={d.id}
              kind="department"
              id={d.id}
              name={pick(d.shortName, lang)}
              named
            />
          ))}
        </div>
      )}
      <DepartmentScorecards filters={filters} />
    </>
  );
}
