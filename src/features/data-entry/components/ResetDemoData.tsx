// The demo's reset, in the header's data menu: only the mock backend can be reset from here.
import { useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import { useResetDemoData } from '../api/use-data-admin';
import styles from './data-menu.module.css';

export function ResetDemoData() {
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
