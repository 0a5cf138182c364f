import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '@/lib/api/client';
import styles from './panel.module.css';

/** Why a request failed, in the user's language; forms say it too. */
export function errorText(error: unknown, t: TFunction): string {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof ApiError
    ? error.code === 'http'
      ? t('errors.http', { status: error.status ?? '', message })
      : error.code === 'network'
        ? t('errors.network', { message })
        : t('errors.invalidPayload', { message })
    : t('errors.unknown', { message });
}

/** What went wrong, in the user's language, with a way to try again. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = errorText(error, t);
  return (
    <div role="alert" className={styles.error}>
      <strong>{t('errors.panelTitle')}</strong>
      <p>{text}</p>
      {onRetry && (
        <button type="button" className={styles.retry} onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
