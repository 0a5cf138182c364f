import { useTranslation, type TFunction } from '@/lib/i18n';
import { ApiError, ApiTimeoutError } from '@/lib/api/client';
import styles from './panel.module.css';
import faults from './query-state.module.css';

/** Why a request failed, in the user's language; forms say it too. */
export function errorText(error: unknown, t: TFunction): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof ApiError)) return t('errors.unknown', { message });
  switch (error.code) {
    case 'http':
      return t('errors.http', { status: error.status ?? '', message });
    // The browser's own words ("Failed to fetch") help no reader: they go under the details.
    case 'network':
      return t('errors.network');
    case 'timeout':
      return t('errors.timeout', {
        seconds: error instanceof ApiTimeoutError ? error.seconds : 0,
      });
    // What a payload that cannot be read or verified said is never repeated in the sentence.
    case 'malformed':
      return t('errors.malformed');
    case 'invalidPayload':
      return t('errors.invalidPayload');
  }
}

/** A 4xx (other than 408/429) gives the same answer however often it is asked. */
export function canRetry(error: unknown): boolean {
  return !(
    error instanceof ApiError &&
    error.code === 'http' &&
    error.status !== null &&
    error.status >= 400 &&
    error.status < 500 &&
    !error.transient
  );
}

/**
 * The schema's own words for a payload that failed it (field paths, never the values), or the
 * browser's for a request that never reached the server, for whoever reports the fault; folded
 * away, since the reader needs only the sentence above.
 */
export function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (
    !(error instanceof ApiError) ||
    !(error.code === 'invalidPayload' || error.code === 'network')
  )
    return null;
  return (
    <details className={faults.details}>
      <summary>{t('faults.details')}</summary>
      <code>{error.message}</code>
    </details>
  );
}

/** What went wrong, in the user's language, with a way to try again where trying can help. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = errorText(error, t);
  const retryable = canRetry(error);
  return (
    <div role="alert" className={styles.error}>
      <strong>{t('errors.panelTitle')}</strong>
      <p>{text}</p>
      {!retryable && <p>{t('faults.noRetryHint')}</p>}
      <ErrorDetails error={error} />
      {onRetry && retryable && (
        <button type="button" className={styles.retry} onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
