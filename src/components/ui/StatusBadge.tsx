import { useTranslation } from '@/lib/i18n';
import type { Status } from '@/domain/status';
import styles from './status-badge.module.css';

/** Shapes differ as well as colours, so status never rests on colour alone. */
const ICON: Record<Status | 'stale', string> = {
  achieved: '✓',
  onTrack: '→',
  atRisk: '!',
  offTrack: '✕',
  insufficientData: '?',
  stale: '◔',
};

export function StatusBadge({ status }: { status: Status | 'stale' }) {
  const { t } = useTranslation();
  return (
    <span className={styles.badge} data-status={status}>
      <span className={styles.icon} aria-hidden="true">
        {ICON[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}

export function StatusBadges({ status, stale }: { status: Status; stale: boolean }) {
  return (
    <span className={styles.group}>
      <StatusBadge status={status} />
      {stale && <StatusBadge status="stale" />}
    </span>
  );
}
