// The header's data menu: the name changes are recorded under, the CSV import, and (on mock data)
// a reset of the demo data set.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/ui/ErrorMessage';
import { config } from '@/config/env';
import { paths } from '@/config/paths';
import { usePreferences } from '@/stores/preferences';
import { useResetDemoData } from '../api/use-data-admin';
import styles from './data-menu.module.css';

function ResetDemoData() {
  const { t } = useTranslation();
  const reset = useResetDemoData();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className={styles.reset}>
      {confirming ? (
        <>
          <p>{t('entry.menu.resetConfirm')}</p>
          <div className={styles.row}>
            <button
              type="button"
              className={styles.danger}
              onClick={() => {
                setConfirming(false);
                reset.mutate();
              }}
            >
              {t('entry.menu.reset')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('importCsv.cancel')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} disabled={reset.isPending}>
          {t('entry.menu.reset')}
        </button>
      )}
      {(reset.isSuccess || reset.isError) && (
        <p role="status" className={styles.status}>
          {reset.isSuccess
            ? t('entry.menu.resetDone')
            : t('entry.menu.resetFailed', { reason: errorText(reset.error, t) })}
        </p>
      )}
    </div>
  );
}

export function DataMenu() {
  const { t } = useTranslation();
  const id = useId();
  const authorName = usePreferences((s) => s.authorName);
  const authorNameChanged = usePreferences((s) => s.authorNameChanged);
  return (
    <details className={styles.menu}>
      <summary>
        {t('entry.menu.summary')}
        {authorName && <span className={styles.who}> · {authorName}</span>}
      </summary>
      <div className={styles.popover}>
        <label htmlFor={id}>{t('entry.author')}</label>
        <input
          id={id}
          type="text"
          autoComplete="name"
          maxLength={80}
          value={authorName}
          onChange={(e) => authorNameChanged(e.currentTarget.value)}
        />
        <Link to={paths.importData}>{t('entry.menu.import')}</Link>
        {/* A real API keeps its own data: only the mock backend can be reset from here. */}
        {config.useMocks && <ResetDemoData />}
      </div>
    </details>
  );
}
