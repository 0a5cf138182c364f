// The header's account area: who is signed in (and their role), sign-out, the admin pages for
// admins; a sign-in link for everyone else. Where reading needs a sign-in, it sends an anonymous
// visitor to the sign-in page.
import '@/lib/i18n/accounts';
import { Link, NavLink, useLocation } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { paths } from '@/config/paths';
import { useSession, useSignOut } from '@/lib/api/session';
import { useSignInGate } from './SignInGate';
import styles from './accounts.module.css';

export function AccountMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const signOut = useSignOut();
  const principal = session.data?.principal;
  useSignInGate(session.data?.readAccess === 'signed-in' && principal?.kind === 'anonymous');
  // Until the API answers: room kept, nothing claimed.
  if (!principal) return <div className={styles.account} aria-hidden="true" />;

  return (
    <div className={styles.account} role="group" aria-label={t('accounts.header.label')}>
      {principal.kind === 'anonymous' && (
        <Link className={styles.signIn} to={paths.signIn(`${location.pathname}${location.search}`)}>
          {t('accounts.header.signIn')}
        </Link>
      )}
      {principal.kind === 'display' && (
        <span className={styles.who}>{t('accounts.header.display', { name: principal.name })}</span>
      )}
      {principal.kind === 'user' && (
        <>
          {principal.role === 'admin' && (
            <nav className={styles.adminNav} aria-label={t('accounts.role.admin')}>
              <NavLink to={paths.adminUsers}>{t('accounts.header.users')}</NavLink>
              <NavLink to={paths.adminScreens}>{t('accounts.header.screens')}</NavLink>
              <NavLink to={paths.adminWebhooks}>{t('accounts.header.webhooks')}</NavLink>
            </nav>
          )}
          <span className={styles.who}>
            <span className={styles.name}>{principal.displayName}</span>
            <span className={styles.role}>{t(`accounts.role.${principal.role}`)}</span>
          </span>
          <button
            type="button"
            className={styles.signOut}
            disabled={signOut.isPending}
            onClick={() => signOut.mutate()}
          >
            {signOut.isPending ? t('accounts.header.signingOut') : t('accounts.header.signOut')}
          </button>
        </>
      )}
    </div>
  );
}
