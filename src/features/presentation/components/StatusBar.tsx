// Always on screen: the clock, how old the data is, a stale badge when a refresh failed, slide n/m.
import { useTranslation } from '@/lib/i18n';
import { StatusBadge } from '@/components/ui/StatusBadge';
import { formatDate, localeOf, pick } from '@/domain/format';
import { useLanguage } from '@/hooks/use-language';
import { useLiveStatus } from '@/stores/live-status';
import type { ShowData } from '../hooks/use-show-data';
import { useNow } from '../hooks/use-screen';
import styles from './present.module.css';

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function formatTime(ms: number, lang: 'zh' | 'en'): string {
  let f = timeFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), {
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
      // Nanjing's time, as the date beside it is Nanjing's day, whatever the screen's own zone.
      timeZone: 'Asia/Shanghai',
    });
    timeFormats.set(lang, f);
  }
  return f.format(ms);
}

/** Whether changes reach this screen as they are saved, or on the refresh interval. */
function LiveMode() {
  const { t } = useTranslation();
  const status = useLiveStatus((s) => s.status);
  if (status === 'off') return null;
  const live = status === 'live';
  return (
    <span
      className={styles.liveMode}
      data-live={status}
      title={t(live ? 'present.liveTitle' : 'present.pollingTitle')}
    >
      {t(live ? 'present.live' : 'present.polling')}
    </span>
  );
}

function Clock() {
  const lang = useLanguage();
  const now = useNow();
  return (
    <time className={styles.clock} dateTime={now.toISOString()}>
      {formatTime(now.getTime(), lang)}
    </time>
  );
}

export function StatusBar({
  data,
  slideNumber,
  slideCount,
  paused,
}: {
  data: ShowData;
  slideNumber: number;
  slideCount: number;
  paused: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <header className={styles.bar}>
      <p className={styles.barTitle}>
        {data.programme ? pick(data.programme.title, lang) : t('app.title')}
      </p>
      <p className={styles.barData} role="status">
        {data.updatedAt !== null
          ? t('present.dataAsOf', {
              time: formatTime(data.updatedAt, lang),
              date: formatDate(data.today, lang, 'short'),
            })
          : // Before any data, a failure is said on the stage itself; the bar claims no age.
            data.error
            ? ''
            : t('present.waiting')}
        {data.failing && (
          <>
            {' '}
            <StatusBadge status="stale" />{' '}
            <span className={styles.failing}>{t('present.refreshFailed')}</span>
          </>
        )}
      </p>
      <p className={styles.barRight}>
        {paused && <span className={styles.paused}>{t('present.paused')}</span>}
        <LiveMode />
        <span className="figure">
          {slideNumber}/{slideCount}
        </span>
        <Clock />
      </p>
    </header>
  );
}
