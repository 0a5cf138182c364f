// Whether this page hears changes as they are committed (`live`), or falls back to refreshing on
// a timer (`polling`) while the feed is unreachable; `off` until live updates start (tests).
import { create } from 'zustand';

export type LiveStatus = 'off' | 'live' | 'polling';

interface LiveStatusState {
  status: LiveStatus;
  feedOpened: () => void;
  feedLost: () => void;
  feedStopped: () => void;
}

export const useLiveStatus = create<LiveStatusState>()((set) => ({
  status: 'off',
  feedOpened: () => set({ status: 'live' }),
  feedLost: () => set({ status: 'polling' }),
  feedStopped: () => set({ status: 'off' }),
}));
