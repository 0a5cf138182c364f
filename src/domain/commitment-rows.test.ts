import { describe, expect, it } from 'vitest';
import { anAssessed } from '../../tests/assessed';
import {
  compareCommitments,
  DEFAULT_SORT,
  latestRecord,
  pageOf,
  sortCommitments,
  toggleSort,
} from './commitment-rows';

const options = { lang: 'zh' as const, today: '2025-01-01', ownerName: (id: string) => id };
const ids = (rows: { indicator: { id: string } }[]) => rows.map((r) => r.indicator.id);

describe('latestRecord', () => {
  it('is the newest figure on or before today, ignoring later ones', () => {
    const { indicator } = anAssessed({ dates: ['2024-12-31', '2023-12-31', '2025-06-30'] });
    expect(latestRecord(indicator, '2025-01-01')?.date).toBe('2024-12-31');
  });
  it('is null when there is none yet', () => {
    expect(latestRecord(anAssessed({ dates: ['2026-01-01'] }).indicator, '2025-01-01')).toBeNull();
  });
});

describe('sortCommitments', () => {
  const rows = [
    anAssessed({ id: 'done', status: 'achieved', ownerIds: ['b'], dates: ['2024-01-01'] }),
    anAssessed({ id: 'fine', status: 'onTrack', ownerIds: ['c'], dates: ['2024-06-01'] }),
    anAssessed({ id: 'fine-old', status: 'onTrack', stale: true, ownerIds: ['a'] }),
    anAssessed({ id: 'lag', status: 'offTrack', ownerIds: ['d'], dates: ['2023-01-01'] }),
    anAssessed({ id: 'nodata', status: 'insufficientData', ownerIds: ['e'] }),
    anAssessed({ id: 'risk', status: 'atRisk', ownerIds: ['f'], dates: ['2024-03-01'] }),
  ];

  it.each([
    [
      'status, worst first',
      { key: 'status', dir: 'asc' },
      ['lag', 'risk', 'nodata', 'fine-old', 'fine', 'done'],
    ],
    [
      'status, best first',
      { key: 'status', dir: 'desc' },
      ['done', 'fine', 'fine-old', 'nodata', 'risk', 'lag'],
    ],
    [
      'owner A→Z',
      { key: 'owner', dir: 'asc' },
      ['fine-old', 'done', 'fine', 'lag', 'nodata', 'risk'],
    ],
    [
      'as-of, oldest first; none last',
      { key: 'asOf', dir: 'asc' },
      ['lag', 'done', 'risk', 'fine', 'fine-old', 'nodata'],
    ],
    [
      'as-of, newest first; none still last',
      { key: 'asOf', dir: 'desc' },
      ['fine', 'risk', 'done', 'lag', 'fine-old', 'nodata'],
    ],
  ] as const)('%s', (_case, sort, expected) => {
    expect(ids(sortCommitments(rows, sort, options))).toEqual(expected);
  });

  it('sorts names by the reader’s language', () => {
    const named = [
      anAssessed({ id: 'b', name: { zh: '乙', en: 'Alpha' } }),
      anAssessed({ id: 'a', name: { zh: '甲', en: 'Beta' } }),
    ];
    const sort = { key: 'name', dir: 'asc' } as const;
    expect(ids(sortCommitments(named, sort, { ...options, lang: 'en' }))).toEqual(['b', 'a']);
  });

  it('breaks ties by headline code, then thrust, then id, so a re-sort never reshuffles', () => {
    const tied = [
      anAssessed({ id: 'x', thrustId: 'T2' }),
      anAssessed({ id: 'w', thrustId: 'T1' }),
      anAssessed({ id: 'f5', factCode: 'F5', thrustId: 'T4' }),
    ];
    expect(ids(sortCommitments(tied, { key: 'status', dir: 'asc' }, options))).toEqual([
      'f5',
      'w',
      'x',
    ]);
  });
});

describe('compareCommitments', () => {
  it('is the table’s default order, for the brief and the slides alike', () => {
    const rows = ['done', 'nodata', 'lag', 'risk', 'fine'].map((id, i) =>
      anAssessed({
        id,
        status: (['achieved', 'insufficientData', 'offTrack', 'atRisk', 'onTrack'] as const)[i],
      }),
    );
    expect(ids([...rows].sort(compareCommitments))).toEqual(
      ids(sortCommitments(rows, DEFAULT_SORT, options)),
    );
    expect(ids([...rows].sort(compareCommitments))).toEqual([
      'lag',
      'risk',
      'nodata',
      'fine',
      'done',
    ]);
  });
});

describe('toggleSort', () => {
  it('flips the same column and starts another ascending', () => {
    expect(toggleSort({ key: 'status', dir: 'asc' }, 'status')).toEqual({
      key: 'status',
      dir: 'desc',
    });
    expect(toggleSort({ key: 'status', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
  });
});

describe('pageOf', () => {
  const rows = Array.from({ length: 23 }, (_, i) => i + 1);
  it.each([
    ['first page', 1, { page: 1, pages: 3, from: 1, to: 10, shown: 10 }],
    ['last, partial page', 3, { page: 3, pages: 3, from: 21, to: 23, shown: 3 }],
    [
      'a page past the end clamps to the last',
      9,
      { page: 3, pages: 3, from: 21, to: 23, shown: 3 },
    ],
    ['page 0 clamps to the first', 0, { page: 1, pages: 3, from: 1, to: 10, shown: 10 }],
  ])('%s', (_case, page, expected) => {
    const p = pageOf(rows, page, 10);
    expect({ page: p.page, pages: p.pages, from: p.from, to: p.to, shown: p.rows.length }).toEqual(
      expected,
    );
  });
  it('puts every row on exactly one page', () => {
    const all = [1, 2, 3].flatMap((p) => pageOf(rows, p, 10).rows);
    expect(all).toEqual(rows);
  });
  it('has one empty page when there are no rows', () => {
    expect(pageOf([], 1, 10)).toEqual({ rows: [], page: 1, pages: 1, from: 0, to: 0, total: 0 });
  });
});
