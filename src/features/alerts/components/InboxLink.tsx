// The header's link to the inbox with the unread count, for a signed-in account on a server that
// has alerts; nothing at all for anyone else, or where the API has no inbox (the mock API).
import '@/lib/i18n/alerts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { NavLink } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { paths } from '@/config/paths';
import { formatNumber } from '@/domain/format';
import { useLanguage } from '@/hooks/use-language';
import { alertQueries, alertsAbsent } from '@/lib/api/alerts';
import { useSession } from '@/lib/api/session';
import styles from './alerts.module.css';

/** After the server's evaluation of a write (100 ms later, then the time it takes). */
const AFTER_WRITE_MS = [1_000, 3_000];

/**
 * One's own write can raise an alert (an owner recording a slip): the inbox is asked again a
 * moment after each successful write rather than at the next poll.
 */
function useInboxAfterWrites(active: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!active) return;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const unsubscribe = queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      for (const ms of AFTER_WRITE_MS) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          void queryClient.invalidateQueries({ queryKey: alertQueries.inboxes() });
        }, ms);
        timers.add(timer);
      }
    });
    return () => {
      unsubscribe();
      for (const timer of timers) clearTimeout(timer);
    };
  }, [active, queryClient]);
}

export function InboxLink() {
  const session = useSession();
  const lang = useLanguage();
  const signedIn = session.data?.principal.kind === 'user';
  // Only where the API has alerts.
  const inbox = useQuery({
    ...alertQueries.inbox(lang),
    enabled: signedIn && session.data?.alerts === true,
  });
  useInboxAfterWrites(signedIn && session.data?.alerts === true && !alertsAbsent(inbox.error));
  const { t } = useTranslation();
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
