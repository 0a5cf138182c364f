import { useTranslation } from '@/lib/i18n';
import { StatusCounts } from '@/components/ui/StatusCounts';
import { SourceLine } from '@/components/ui/Provenance';
import { formatDate, pick } from '@/domain/format';
import { countByStatus } from '@/domain/status';
import { useLanguage } from '@/hooks/use-language';
import type { ShowData } from '../../hooks/use-show-data';
import styles from '../present.module.css';
import { departmentName, forDepartment } from './common';

export function TitleSlide({ data, scope }: { data: ShowData; scope: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const p = data.programme;
  if (!p) return null;
  const items = forDepartment(data.indicators ?? [], scope);
  const counts = countByStatus(items.map((i) => i.assessment));
  return (
    <div className={styles.titleSlide}>
      <p className={styles.kicker}>
        {pick(p.city, lang)} · {pick(p.headline, lang)}
      </p>
      <h1 className={styles.programmeTitle}>{pick(p.title, lang)}</h1>
      <p className={styles.titleMeta}>
        {pick(p.event, lang)} · {formatDate(p.sourceDate, lang)}
      </p>
      <p className={styles.titleSource}>
        <SourceLine citation={p.citation} />
      </p>
      {scope.length > 0 && (
        <p className={styles.titleDepartment}>{departmentName(data.departments, scope, lang)}</p>
      )}
      <p className={styles.titleCount}>
        {(data.indicators ?? []).length === 0
          ? t('empty.indicators')
          : t('overview.indicators', { count: items.length })}
      </p>
      {/* A column, so the status words share one left edge (read from the back of the room). */}
      <StatusCounts counts={counts} className={styles.countColumn} />
    </div>
  );
}
