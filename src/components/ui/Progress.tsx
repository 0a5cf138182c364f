import { formatPercent } from '@/domain/format';
import { useLanguage } from '@/hooks/use-language';
import styles from './progress.module.css';

/** Progress from baseline to target, 0–100 %, with the number beside the bar. */
export function Progress({ value, label }: { value: number; label: string }) {
  const lang = useLanguage();
  const clamped = Math.max(0, Math.min(1, value));
  return (
    <span className={styles.wrap}>
      <span
        className={styles.track}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamped * 100)}
      >
        <span className={styles.fill} style={{ width: `${clamped * 100}%` }} />
      </span>
      <span className={`figure ${styles.text}`}>{formatPercent(clamped, lang)}</span>
    </span>
  );
}
