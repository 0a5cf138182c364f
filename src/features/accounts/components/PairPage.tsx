// A wall screen's first visit: the pairing link's token (in the fragment, which no server sees) is
// traded for the screen's own session, taken out of the address bar, and the show starts with the
// playlist the admin gave this screen.
import '@/lib/i18n/accounts';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from '@/lib/router';
import { useTranslation, type TFunction } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import form from '@/components/ui/form.module.css';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api/client';
import { usePairDisplay } from '@/lib/api/session';
import styles from './accounts.module.css';

function failureText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.problemCode === 'badToken')
    return t('accounts.pair.badToken');
  if (error instanceof ApiError && error.problemCode === 'displayRevoked') {
    return t('accounts.pair.revoked');
  }
  return t('accounts.pair.failed', { reason: errorText(error, t) });
}

export function PairPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pair = usePairDisplay();
  // Read once: the fragment is removed as soon as it is read, so a reload cannot send it again.
  const [token] = useState(() => decodeURIComponent(window.location.hash.replace(/^#/, '')));
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (window.location.hash) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${window.location.search}`,
      );
    }
    if (!token) return;
    pair.mutate(token, {
      onSuccess: ({ principal }) => {
        const playlist = principal.kind === 'display' ? principal.playlist : {};
        const search = new URLSearchParams(playlist).toString();
        void navigate(
          { pathname: paths.present, search: search ? `?${search}` : '' },
          { replace: true },
        );
      },
    });
  }, [token, pair, navigate]);

  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <h1>{t('accounts.pair.heading')}</h1>
        {!token ? (
          <p role="alert" className={form.alert}>
            {t('accounts.pair.noToken')}
          </p>
        ) : pair.isError ? (
          <p role="alert" className={form.alert}>
            {failureText(pair.error, t)}
          </p>
        ) : (
          <p role="status">{t('accounts.pair.pairing')}</p>
        )}
      </div>
    </main>
  );
}
