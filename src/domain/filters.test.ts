import { describe, expect, it } from 'vitest';
import {
  parseFilters,
  serializeFilters,
  withPageThrust,
  EMPTY_FILTERS,
  MAX_QUERY_LENGTH,
} from './filters';

const known = new Set(['ndrc', 'finance', 'gov-mayor']);
const parse = (qs: string, departments: ReadonlySet<string> | null = known) =>
  parseFilters(new URLSearchParams(qs), departments);

describe('URL → filters', () => {
  it.each([
    { name: 'no parameters', qs: '', filters: EMPTY_FILTERS },
    {
      name: 'several departments, repeated or comma-separated',
      qs: 'dept=ndrc&dept=finance,gov-mayor',
      filters: { ...EMPTY_FILTERS, departments: ['ndrc', 'finance', 'gov-mayor'] },
    },
    { name: 'thrust in any case', qs: 'thrust=t2', filters: { ...EMPTY_FILTERS, thrust: 'T2' } },
    { name: 'status', qs: 'status=offTrack', filters: { ...EMPTY_FILTERS, status: 'offTrack' } },
    {
      name: 'stale as a status',
      qs: 'status=stale',
      filters: { ...EMPTY_FILTERS, status: 'stale' },
    },
    {
      name: 'text, trimmed',
      qs: 'q=%20%E7%BB%BF%E8%89%B2%20',
      filters: { ...EMPTY_FILTERS, q: '绿色' },
    },
  ] as const)('reads $name', ({ qs, filters }) => {
    expect(parse(qs)).toEqual({ filters, notices: [] });
  });

  it.each([
    { qs: 'dept=nobody', reason: 'unknownDepartment', param: 'dept' },
    {
      qs: 'dept=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      reason: 'malformedDepartment',
      param: 'dept',
    },
    { qs: 'thrust=T9', reason: 'unknownThrust', param: 'thrust' },
    { qs: 'status=great', reason: 'unknownStatus', param: 'status' },
    { qs: 'thrust=T1&thrust=T2', reason: 'repeated', param: 'thrust' },
    { qs: 'utm_source=mail', reason: 'unknownParam', param: 'utm_source' },
  ] as const)('ignores $qs with a "$reason" notice', ({ qs, reason, param }) => {
    const { notices } = parse(qs);
    expect(notices).toEqual([expect.objectContaining({ reason, param })]);
  });

  it('keeps the known departments when one is unknown', () => {
    const { filters, notices } = parse('dept=ndrc&dept=nobody');
    expect(filters.departments).toEqual(['ndrc']);
    expect(notices).toHaveLength(1);
  });

  it('takes department ids on trust until the list has loaded', () => {
    expect(parse('dept=nobody', null).filters.departments).toEqual(['nobody']);
  });

  it('cuts an over-long text and says so', () => {
    const { filters, notices } = parse(`q=${'a'.repeat(5000)}`);
    expect(filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(notices[0]?.reason).toBe('tooLong');
    expect(notices[0]?.value.length).toBeLessThan(50);
  });

  it('accepts parameters a view owns', () => {
    expect(parseFilters(new URLSearchParams('view=table'), known, ['view']).notices).toEqual([]);
  });
});

describe('filters → URL', () => {
  it('round-trips, in a stable order', () => {
    const filters = {
      departments: ['ndrc', 'finance'],
      thrust: 'T4',
      status: 'atRisk',
      q: '金融',
    } as const;
    const params = serializeFilters({ ...filters, departments: [...filters.departments] });
    expect(params.toString()).toBe(
      'dept=finance&dept=ndrc&thrust=T4&status=atRisk&q=%E9%87%91%E8%9E%8D',
    );
    expect(parse(params.toString()).filters).toEqual({
      ...filters,
      departments: ['finance', 'ndrc'],
    });
  });
  it('leaves out what is not set', () => {
    expect(serializeFilters(EMPTY_FILTERS).toString()).toBe('');
  });
});

describe('withPageThrust', () => {
  const parsed = (thrust: 'T1' | 'T2' | null) => ({
    filters: { ...EMPTY_FILTERS, thrust, status: 'offTrack' as const },
    notices: [],
  });
  it.each([
    ['no thrust in the link: the page’s', null, 'T1', []],
    ['the same thrust: no notice', 'T1', 'T1', []],
    [
      'another thrust: the page wins and the link’s is reported',
      'T2',
      'T1',
      [{ param: 'T1', value: 'T2', reason: 'otherThrust' }],
    ],
  ] as const)('%s', (_case, inLink, shown, notices) => {
    const result = withPageThrust(parsed(inLink), 'T1');
    expect(result.filters).toEqual({ ...EMPTY_FILTERS, thrust: shown, status: 'offTrack' });
    expect(result.notices).toEqual(notices);
  });
  it('changes nothing off a thrust page', () => {
    const given = parsed('T2');
    expect(withPageThrust(given, null)).toBe(given);
  });
});
