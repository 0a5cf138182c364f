import { describe, expect, it } from 'vitest';
import { createShowStore, shownIndex } from './show-store';

describe('where a show is', () => {
  it('starts on the first slide, unpaused, for every new show', () => {
    const first = createShowStore();
    first.getState().nextSlide(5);
    first.getState().pauseToggled();
    const second = createShowStore().getState();
    expect([second.index, second.paused]).toEqual([0, false]);
  });

  it.each([
    ['next from the last slide wraps to the first', 4, (s: Show) => s.nextSlide(5), 0],
    ['previous from the first wraps to the last', 0, (s: Show) => s.previousSlide(5), 4],
    ['End goes to the last', 1, (s: Show) => s.lastSlide(5), 4],
    ['Home goes to the first', 3, (s: Show) => s.firstSlide(), 0],
    // A refresh left 3 slides: the show was on the 5th, shown as the 3rd, and moves on from there.
    ['next after the slides became fewer', 4, (s: Show) => s.nextSlide(3), 0],
    ['previous after the slides became fewer', 4, (s: Show) => s.previousSlide(3), 1],
    ['next before any slide exists', 0, (s: Show) => s.nextSlide(0), 0],
  ])('%s', (_, from, act, to) => {
    const store = createShowStore();
    store.setState({ index: from });
    act(store.getState());
    expect(store.getState().index).toBe(to);
  });

  it.each([
    [2, 5, 2],
    [4, 3, 2],
    [0, 0, 0],
  ])('slide %i of %i slides is shown as %i', (index, count, shown) => {
    expect(shownIndex(index, count)).toBe(shown);
  });
});

type Show = ReturnType<ReturnType<typeof createShowStore>['getState']>;
