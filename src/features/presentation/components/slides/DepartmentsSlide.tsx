import { useTranslation } from '@/lib/i18n';
import { IllustrativeMark } from '@/components/ui/Provenance';
import { StatusCounts } from '@/components/ui/StatusCounts';
import { pick } from '@/domain/format';
import { countByStatus } from '@/domain/status';
import { useLanguage } from '@/hooks/use-language';
import type { ShowData } from '../../hooks/use-show-data';
import styles from '../present.module.css';
import { forDepartment, SlideHeading } from './common';

export function DepartmentsSlide({ data, scope }: { data: ShowData; scope: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const shown = (data.departments ?? []).filter((d) => scope.length === 0 || scope.includes(d.id));
  return (
    <>
      <SlideHeading title={t('departments.heading')} />
      {shown.length === 0 && <p className={styles.empty}>{t('empty.departments')}</p>}
      <ul className={styles.deptGrid} data-count={shown.length}>
        {shown.map((d) => {
          const owned = forDepartment(data.indicators ?? [], [d.id]);
          const counts = countByStatus(owned.map((o) => o.assessment));
          return (
            <li key={d.id} className={styles.deptCard}>
              <p className={styles.deptName}>
                {pick(d.shortName, lang)}
                {d.provenance === 'illustrative' && (
                  <IllustrativeMark note={t('departments.illustrativeDept')} />
                )}
              </p>
              <p className={styles.deptTotal}>{t('departments.owns', { count: owned.length })}</p>
              <StatusCounts counts={counts} className={styles.countColumn} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
