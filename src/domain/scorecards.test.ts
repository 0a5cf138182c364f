import { describe, expect, it } from 'vitest';
import { aDepartment, anAssessed } from '../../tests/assessed';
import { bodyName, groupBodies, scorecards, sortScorecards, statusSegments } from './scorecards';

describe('bodyName', () => {
  it.each([
    ['a body is its own name', '南京市人民政府', '南京市人民政府'],
    ['a portfolio in full-width brackets', '南京市人民政府（对外开放分管）', '南京市人民政府'],
    [
      'a portfolio in ASCII brackets',
      'Nanjing Government (opening-up portfolio)',
      'Nanjing Government',
    ],
    ['brackets inside a name stay', '南京（江北）新区管委会', '南京（江北）新区管委会'],
  ])('%s', (_case, name, body) => {
    expect(bodyName(name)).toBe(body);
  });
});

const departments = [
  aDepartment('gov-mayor', '南京市人民政府', {
    name: { zh: '南京市人民政府', en: 'Nanjing Municipal People’s Government' },
  }),
  aDepartment('gov-opening', '南京市人民政府（对外开放分管）', {
    name: {
      zh: '南京市人民政府（对外开放分管）',
      en: 'Nanjing Municipal People’s Government (opening-up portfolio)',
    },
  }),
  aDepartment('finance', '南京市地方金融管理局'),
  aDepartment('gov-sti', '南京市人民政府（科技与产业分管）'),
  aDepartment('eco', '南京市生态环境局', { provenance: 'illustrative' }),
];

describe('groupBodies', () => {
  it('groups the three variants of 市政府 as one body, named for the body, in first-seen order', () => {
    const bodies = groupBodies(departments);
    expect(bodies.map((b) => b.id)).toEqual(['gov-mayor,gov-opening,gov-sti', 'finance', 'eco']);
    expect(bodies[0]!.name).toEqual({
      zh: '南京市人民政府',
      en: 'Nanjing Municipal People’s Government',
    });
    expect(bodies[2]!.provenance).toBe('illustrative');
  });
});

describe('scorecards', () => {
  const items = [
    anAssessed({ id: 'both', status: 'offTrack', ownerIds: ['gov-mayor', 'gov-opening'] }),
    anAssessed({ id: 'sti', status: 'achieved', ownerIds: ['gov-sti'] }),
    anAssessed({ id: 'fin', status: 'atRisk', stale: true, ownerIds: ['finance'] }),
  ];
  const cards = scorecards(groupBodies(departments), items);

  it('counts an item owned by two portfolios of one body once', () => {
    expect(cards[0]).toMatchObject({ total: 2, counts: { offTrack: 1, achieved: 1 } });
    expect(cards[2]).toMatchObject({ total: 0 });
  });

  it('sorts worst first by count of off track, then at risk, then the rest; ties keep their order', () => {
    const order = (sort: 'worst' | 'total' | 'name') =>
      sortScorecards(cards, sort, 'zh').map((c) => c.body.members[0]!.id);
    expect(order('worst')).toEqual(['gov-mayor', 'finance', 'eco']);
    expect(order('total')).toEqual(['gov-mayor', 'finance', 'eco']);
    expect(order('name')).toEqual(['finance', 'gov-mayor', 'eco']);
  });
});

describe('statusSegments', () => {
  it('gives each status its share of the bar, worst first, leaving out the empty ones', () => {
    const counts = {
      achieved: 1,
      onTrack: 0,
      atRisk: 1,
      offTrack: 2,
      insufficientData: 0,
      stale: 3,
    };
    expect(statusSegments(counts, 4)).toEqual([
      { status: 'offTrack', count: 2, share: 0.5 },
      { status: 'atRisk', count: 1, share: 0.25 },
      { status: 'achieved', count: 1, share: 0.25 },
    ]);
  });
});
