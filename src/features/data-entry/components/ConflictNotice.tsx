// A save refused because someone else saved first (412): who changed what since the form was
// opened, that what was typed is still here, and a way to save it over the newer version.
import { useTranslation } from '@/lib/i18n';
import type { AuditEntry } from '@/domain/audit';
import { formatDate, formatDateTime, formatValue } from '@/domain/format';
import type { Unit } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import styles from './data-entry.module.css';

interface Props {
  changes: readonly AuditEntry[];
  unit: Unit | null;
  saving: boolean;
  onSaveAgain: () => void;
}

export function ConflictNotice({ changes, unit, saving, onSaveAgain }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const recorded = (entry: AuditEntry) =>
    entry.field === 'observation'
      ? unit
        ? formatValue(entry.after.value, unit, lang, entry.after.qualifier)
        : String(entry.after.value)
      : entry.field === 'milestoneUpdate'
        ? t(`milestoneState.${entry.after.state}`)
        : `${t(`comparator.${entry.after.comparator}`)}${unit ? formatValue(entry.after.value, unit, lang) : String(entry.after.value)}`;
  return (
    <div role="alert" className={styles.alert}>
      <p>{t('entry.conflict.title')}</p>
      {changes.length > 0 ? (
        <ul>
          {changes.map((entry) => (
            <li key={entry.id}>
              {t('entry.conflict.change', {
                author: entry.author,
                at: formatDateTime(entry.at, lang),
                date: formatDate(entry.key, lang),
                value: recorded(entry),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('entry.conflict.unknownChange')}</p>
      )}
      <p>{t('entry.kept')}</p>
      <button type="button" className={styles.primary} disabled={saving} onClick={onSaveAgain}>
        {t('entry.conflict.saveAgain')}
      </button>
    </div>
  );
}
