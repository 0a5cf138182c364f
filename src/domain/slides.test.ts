import { describe, expect, it } from 'vitest';
import { DEFAULT_SLIDES } from './playlist';
import { buildSlides } from './slides';

describe('slides built from a playlist', () => {
  const counts = {
    thrust: (id: string, dept: string | null) =>
      id === 'T4' ? (dept ? 3 : 15) : dept === 'ndrc' ? 0 : 4,
    attention: (dept: string | null) => (dept ? 2 : 9),
  };
  const thrusts = ['T1', 'T2', 'T3', 'T4'] as const;

  it('pages long slides, seven rows a page', () => {
    const slides = buildSlides(
      { slides: DEFAULT_SLIDES, departments: [], cycle: 'none' },
      thrusts,
      [],
      counts,
    );
    expect(slides.map((s) => s.key)).toEqual([
      'all:title',
      'all:headlines',
      'all:summary',
      'all:thrust:T1:1',
      'all:thrust:T2:1',
      'all:thrust:T3:1',
      'all:thrust:T4:1',
      'all:thrust:T4:2',
      'all:thrust:T4:3',
      'all:departments',
      'all:attention:1',
      'all:attention:2',
    ]);
  });

  it('cycles through the chosen departments, each with its own slides; an empty slide still shows', () => {
    const slides = buildSlides(
      {
        slides: [{ kind: 'title' }, { kind: 'thrust', thrustId: 'T1' }],
        departments: ['ndrc', 'finance'],
        cycle: 'departments',
      },
      thrusts,
      ['ndrc', 'finance', 'gov-mayor'],
      counts,
    );
    expect(slides.map((s) => s.key)).toEqual([
      'ndrc:title',
      'ndrc:thrust:T1:1',
      'finance:title',
      'finance:thrust:T1:1',
    ]);
  });

  it('cycles through every department when none is chosen', () => {
    const slides = buildSlides(
      { slides: [{ kind: 'title' }], departments: [], cycle: 'departments' },
      thrusts,
      ['a', 'b', 'c'],
      counts,
    );
    expect(slides.map((s) => s.department)).toEqual(['a', 'b', 'c']);
  });
});
