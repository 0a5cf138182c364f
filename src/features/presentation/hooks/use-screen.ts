// What a wall screen needs from the browser: keys, swipes, an idle cursor, a wake lock, a clock.
import { useEffect, useState, type RefObject } from 'react';
import { useShowStoreApi } from '../stores/show-store';

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * → PageDown Space next, ← PageUp previous, Home End, P pause, F full screen, Esc leave, over
 * `count` slides.
 */
export function usePresentationKeys(onLeave: () => void, count: number): void {
  const store = useShowStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const s = store.getState();
      const next = () => s.nextSlide(count);
      const previous = () => s.previousSlide(count);
      const actions: Record<string, () => void> = {
        ArrowRight: next,
        PageDown: next,
        ' ': next,
        ArrowLeft: previous,
        PageUp: previous,
        Home: s.firstSlide,
        End: () => s.lastSlide(count),
        p: s.pauseToggled,
        P: s.pauseToggled,
        f: toggleFullscreen,
        F: toggleFullscreen,
        Escape: onLeave,
      };
      const action = actions[e.key];
      if (action) {
        e.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onLeave, count, store]);
}

/** A horizontal swipe of more than 60 px moves a slide, over `count` slides. */
export function useSwipe(target: RefObject<HTMLElement | null>, count: number): void {
  const store = useShowStoreApi();
  useEffect(() => {
    const el = target.current;
    if (!el) return;
    let startX: number | null = null;
    let startY = 0;
    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse') return;
      startX = e.clientX;
      startY = e.clientY;
    };
    const up = (e: PointerEvent) => {
      if (startX === null) return;
      const dx = e.clientX - startX;
      const dy = e.clientY - startY;
      startX = null;
      if (Math.abs(dx) < 60 || Math.abs(dx) < Math.abs(dy)) return;
      const s = store.getState();
      if (dx < 0) s.nextSlide(count);
      else s.previousSlide(count);
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointerup', up);
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointerup', up);
    };
  }, [target, count, store]);
}

/** True after `ms` without pointer movement: the cursor and the key hints hide. */
export function useIdle(ms = 3000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), ms);
    const wake = () => {
      clearTimeout(timer);
      setIdle(false);
      timer = setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [ms]);
  return idle;
}

/** Keeps the screen on where the browser allows it; asks again when the tab comes back. */
export function useWakeLock(): void {
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let stopped = false;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock
        .request('screen')
        .then((l) => {
          if (stopped) void l.release();
          else lock = l;
        })
        .catch(() => undefined);
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', request);
      void lock?.release().catch(() => undefined);
    };
  }, []);
}

/** The time now, updated every second. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** The root font size in pixels, for charts that size text in px. */
export function useRemPx(): number {
  const read = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const [px, setPx] = useState(read);
  useEffect(() => {
    const onResize = () => setPx(read());
    window.addEventListener('resize', onResize);
    onResize();
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return px;
}
