import { describe, expect, it } from 'vitest';
import { DEFAULT_SLIDES, departmentsPlaylist, parsePlaylist, serializePlaylist } from './playlist';

const known = {
  departments: new Set(['ndrc', 'finance', 'gov-mayor']),
  indicators: new Set(['metro-gdp', 'key-labs']),
};
const parse = (qs: string) => parsePlaylist(new URLSearchParams(qs), known);

describe('playlist from the URL', () => {
  it('uses the defaults when nothing is given', () => {
    expect(parse('')).toEqual({
      config: {
        slides: DEFAULT_SLIDES,
        interval: 20,
        refresh: 60,
        departments: [],
        cycle: 'none',
        language: null,
      },
      notices: [],
    });
  });

  it('reads slides, interval, refresh, departments, cycle and language', () => {
    const { config, notices } = parse(
      'slides=title,thrust:t2,indicator:metro-gdp,attention&interval=15&refresh=30&dept=ndrc,finance&cycle=departments&lang=en',
    );
    expect(notices).toEqual([]);
    expect(config).toEqual({
      slides: [
        { kind: 'title' },
        { kind: 'thrust', thrustId: 'T2' },
        { kind: 'indicator', indicatorId: 'metro-gdp' },
        { kind: 'attention' },
      ],
      interval: 15,
      refresh: 30,
      departments: ['ndrc', 'finance'],
      cycle: 'departments',
      language: 'en',
    });
  });

  it.each([
    { qs: 'interval=abc', param: 'interval', reason: 'badNumber', field: 'interval', value: 20 },
    { qs: 'interval=1', param: 'interval', reason: 'outOfRange', field: 'interval', value: 20 },
    { qs: 'refresh=99999', param: 'refresh', reason: 'outOfRange', field: 'refresh', value: 60 },
    { qs: 'cycle=sideways', param: 'cycle', reason: 'unknownCycle', field: 'cycle', value: 'none' },
  ] as const)(
    'falls back to the default for $qs with a notice',
    ({ qs, param, reason, field, value }) => {
      const { config, notices } = parse(qs);
      expect(config[field]).toBe(value);
      expect(notices).toEqual([expect.objectContaining({ param, reason })]);
    },
  );

  it('drops unknown slides and departments, keeping the rest', () => {
    const { config, notices } = parse('slides=title,fireworks,indicator:nope&dept=ndrc,nobody');
    expect(config.slides).toEqual([{ kind: 'title' }]);
    expect(config.departments).toEqual(['ndrc']);
    expect(notices.map((n) => [n.param, n.value, n.reason])).toEqual([
      ['slides', 'fireworks', 'unknownSlide'],
      ['slides', 'indicator:nope', 'unknownSlide'],
      ['dept', 'nobody', 'unknownDepartment'],
    ]);
  });

  it('falls back to the default slides when none is valid', () => {
    const { config, notices } = parse('slides=<script>');
    expect(config.slides).toEqual(DEFAULT_SLIDES);
    expect(notices.map((n) => n.reason)).toEqual(['unknownSlide', 'noSlides']);
  });

  it('round-trips through its serialisation', () => {
    const { config } = parse(
      'slides=headlines,thrust:T1&interval=10&dept=finance&cycle=departments',
    );
    expect(parse(serializePlaylist(config).toString()).config).toEqual(config);
  });
});

describe('departmentsPlaylist', () => {
  it.each([[[]], [['finance']], [['finance', 'ndrc']]])(
    'writes what serializePlaylist writes for departments %j alone',
    (departments) => {
      expect(departmentsPlaylist(departments).toString()).toBe(
        serializePlaylist({ departments }).toString(),
      );
    },
  );
});
