// Where the show is: the current slide and whether it is paused. Ephemeral, never persisted.
import { create } from 'zustand';

interface PresentationState {
  index: number;
  count: number;
  paused: boolean;
  showStarted: () => void;
  slideCountChanged: (count: number) => void;
  nextSlide: () => void;
  previousSlide: () => void;
  firstSlide: () => void;
  lastSlide: () => void;
  pauseToggled: () => void;
}

export const usePresentation = create<PresentationState>()((set) => ({
  index: 0,
  count: 1,
  paused: false,
  showStarted: () => set({ index: 0, paused: false }),
  // After a refresh the pages may change in number; stay on a slide that exists.
  slideCountChanged: (count) =>
    set((s) => ({ count: Math.max(1, count), index: Math.min(s.index, Math.max(1, count) - 1) })),
  nextSlide: () => set((s) => ({ index: (s.index + 1) % s.count })),
  previousSlide: () => set((s) => ({ index: (s.index - 1 + s.count) % s.count })),
  firstSlide: () => set({ index: 0 }),
  lastSlide: () => set((s) => ({ index: s.count - 1 })),
  pauseToggled: () => set((s) => ({ paused: !s.paused })),
}));
