import { useTranslation } from '@/lib/i18n';
import type { IllustrativeInput, Status } from '@/domain/status';
import { useLanguage } from '@/hooks/use-language';
import { listOf } from '@/domain/format';
import { IllustrativeMark } from './Provenance';
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

/** The illustrative inputs of a status in words: 目标值、目标日期 / target value and target date. */
export function useIllustrativeInputs(inputs: readonly IllustrativeInput[]): string {
  const { t } = useTranslation();
  const lang = useLanguage();
  return listOf(
    inputs.map((i) => t(`illustrativeInput.${i}`)),
    lang,
  );
}

/**
 * An indicator's status, its stale badge, and the 示意 mark when the status rests on anything this
 * data set made up. `illustrative` is required so that no view can show a verdict without saying
 * so; a context figure (status null) shows no badge at all.
 */
export function StatusBadges({
  status,
  stale,
  illustrative,
}: {
  status: Status | null;
  stale: boolean;
  illustrative: readonly IllustrativeInput[];
}) {
  const { t } = useTranslation();
  const inputs = useIllustrativeInputs(illustrative);
  if (status === null && !stale) return null;
  return (
    <span className={styles.group}>
      {status !== null && <StatusBadge status={status} />}
      {status !== null && illustrative.length > 0 && (
        <IllustrativeMark note={t('provenance.statusIllustrative', { inputs })} />
      )}
      {stale && <StatusBadge status="stale" />}
    </span>
  );
}
