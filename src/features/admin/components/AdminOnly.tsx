// The admin pages' gate: an admin sees the page; anyone else a plain sentence why not (the API
// refuses them all the same).
import '@/lib/i18n/accounts';
import type { ReactNode } from 'react';
import { Link, useLocation } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Skeleton } from '@/components/ui/Panel';
import form from '@/components/ui/form.module.css';
import { paths } from '@/config/paths';
import { refusalFor } from '@/domain/accounts';
import { useSession } from '@/lib/api/session';

export function AdminOnly({
  action,
  children,
}: {
  action: 'manageAccounts' | 'manageDisplays';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (!session.data) {
    return session.error ? (
      <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />
    ) : (
      <Skeleton label={t('accounts.refusal.checking')} />
    );
  }
  const refusal = refusalFor(session.data.principal, { kind: action });
  if (refusal === null) return <>{children}</>;
  return (
    <p role="alert" className={form.notice}>
      {t('accounts.refusal.adminOnly')}{' '}
      {refusal === 'signInRequired' && (
        <Link to={paths.signIn(`${location.pathname}${location.search}`)}>
          {t('accounts.refusal.signInLink')}
        </Link>
      )}
    </p>
  );
}
