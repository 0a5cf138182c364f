// The thin bar that shows time to the next slide, and the timer that advances it. Keyed by slide,
// so each slide starts from zero.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import { useShowStore, useShowStoreApi } from '../stores/show-store';
import styles from './present.module.css';

const TICK_MS = 250;

export function SlideTimer({ intervalMs, slideCount }: { intervalMs: number; slideCount: number }) {
  const { t } = useTranslation();
  const store = useShowStoreApi();
  const paused = useShowStore((s) => s.paused);
  const [elapsed, setElapsed] = useState(0);
  const elapsedRef = useRef(0);

  useEffect(() => {
    if (paused) return;
    const start = performance.now() - elapsedRef.current;
    const id = setInterval(() => {
      const e = performance.now() - start;
      if (e >= intervalMs) {
        clearInterval(id);
        store.getState().nextSlide(slideCount);
        return;
      }
      elapsedRef.current = e;
      setElapsed(e);
    }, TICK_MS);
    return () => clearInterval(id);
  }, [paused, intervalMs, slideCount, store]);

  const share = Math.min(1, elapsed / intervalMs);
  const remaining = Math.max(0, Math.ceil((intervalMs - elapsed) / 1000));
  return (
    <div
      className={styles.progress}
      role="progressbar"
      aria-label={t('present.nextIn', { seconds: remaining })}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(share * 100)}
    >
      <div className={styles.progressFill} style={{ transform: `scaleX(${share})` }} />
    </div>
  );
}
