// The header's link to the inbox with the unread count, for a signed-in account on a server that
// has alerts; nothing at all for anyone else, or where the API has no inbox (the mock API).
import '@/lib/i18n/alerts';
import { useQuery } from '@tanstack/react-query';
import { NavLink } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { paths } from '@/config/paths';
import { formatNumber } from '@/domain/format';
import { useLanguage } from '@/hooks/use-language';
import { alertQueries } from '@/lib/api/alerts';
import { useSession } from '@/lib/api/session';
import styles from './alerts.module.css';

export function InboxLink() {
  const session = useSession();
  const signedIn = session.data?.principal.kind === 'user';
  const inbox = useQuery({ ...alertQueries.inbox(), enabled: signedIn });
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!signedIn || !inbox.data) return null;
  const unread = inbox.data.unread;
  return (
    <NavLink
      to={paths.inbox}
      className={styles.inboxLink}
      aria-label={unread > 0 ? t('alerts.badge.unread', { count: unread }) : t('alerts.badge.none')}
    >
      {t('alerts.badge.label')}
      {unread > 0 && (
        <span className={styles.badge} aria-hidden="true">
          {formatNumber(unread, lang)}
        </span>
      )}
    </NavLink>
  );
}
