// The inbox: an account's alerts, newest first, each with why and a link to the indicator; opening
// one marks it read, and all can be marked read at once. Settings for email and digests below.
import '@/lib/i18n/alerts';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import { Panel, QueryView } from '@/components/ui/Panel';
import { IllustrativeMark } from '@/components/ui/Provenance';
import form from '@/components/ui/form.module.css';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/domain/format';
import type { InboxItem } from '@/domain/inbox';
import { useLanguage } from '@/hooks/use-language';
import { alertQueries, alertsAbsent, useMarkRead } from '@/lib/api/alerts';
import { useSession } from '@/lib/api/session';
import { NotificationSettingsForm } from './NotificationSettingsForm';
import styles from './alerts.module.css';

/** The programme's times are Nanjing's, whoever reads them. */
const TIME_ZONE = 'Asia/Shanghai';

function InboxEntry({ item, onOpen }: { item: InboxItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const unread = item.readAt === null;
  const to = paths.indicator(item.event.indicatorId);
  return (
    <li className={`${styles.item} ${unread ? styles.unread : ''}`}>
      <div className={styles.itemHead}>
        <h3 className={styles.title}>
          <Link to={to} onClick={onOpen}>
            {item.message.title}
          </Link>
        </h3>
        <span className={styles.state}>
          {unread ? t('alerts.inbox.unread') : t('alerts.inbox.read')}
        </span>
      </div>
      <p className={styles.reason}>{item.message.reason}</p>
      {/* The facts after the first (the indicator, named in the title): old and new, who, when, why. */}
      {item.message.facts.length > 1 && (
        <dl className={styles.facts} aria-label={t('alerts.inbox.facts')}>
          {item.message.facts.slice(1).map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>
                {f.value}
                {f.illustrative && (
                  <>
                    {' '}
                    <IllustrativeMark />
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className={styles.meta}>
        <span>
          {t('alerts.inbox.received')}{' '}
          <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, lang, TIME_ZONE)}</time>
        </span>
        <Link to={to} onClick={onOpen}>
          {t('alerts.inbox.open')}
        </Link>
      </div>
    </li>
  );
}

export function InboxPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const lang = useLanguage();
  const session = useSession();
  const signedIn = session.data?.principal.kind === 'user';
  const available = session.data?.alerts === true;
  const inbox = useQuery({ ...alertQueries.inbox(lang), enabled: signedIn && available });
  const markRead = useMarkRead();
  if (session.data && !signedIn) {
    return (
      <p role="alert" className={form.notice}>
        {t('alerts.inbox.signIn')}{' '}
        <Link to={paths.signIn(`${location.pathname}${location.search}`)}>
          {t('alerts.inbox.signInLink')}
        </Link>
      </p>
    );
  }
  if ((session.data && !available) || alertsAbsent(inbox.error)) {
    return (
      <p role="alert" className={form.notice}>
        {t('alerts.inbox.absent')}
      </p>
    );
  }
  return (
    <>
      <Panel title={t('alerts.inbox.heading')}>
        <QueryView query={inbox} loadingLabel={t('app.loading')}>
          {({ unread, items }) => (
            <>
              <p className={form.muted}>{t('alerts.inbox.intro')}</p>
              <div className={styles.toolbar}>
                <span role="status">{t('alerts.inbox.unreadCount', { count: unread })}</span>
                <button
                  type="button"
                  className={form.secondary}
                  disabled={unread === 0 || markRead.isPending}
                  onClick={() => markRead.mutate({ all: true })}
                >
                  {t('alerts.inbox.markAllRead')}
                </button>
              </div>
              {markRead.error && (
                <p role="alert" className={form.error}>
                  {t('alerts.inbox.failed', { reason: errorText(markRead.error, t) })}
                </p>
              )}
              {items.length === 0 ? (
                <p>{t('alerts.inbox.empty')}</p>
              ) : (
                <ul className={styles.list} aria-label={t('alerts.inbox.listLabel')}>
                  {items.map((item) => (
                    <InboxEntry
                      key={item.key}
                      item={item}
                      onOpen={() => {
                        if (item.readAt === null) markRead.mutate({ keys: [item.key] });
                      }}
                    />
                  ))}
                </ul>
              )}
            </>
          )}
        </QueryView>
      </Panel>
      {/* Settings belong to an inbox that exists: not while the API may yet say it has none. */}
      {inbox.isSuccess && <NotificationSettingsForm />}
    </>
  );
}
