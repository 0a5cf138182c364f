import { describe, expect, it } from 'vitest';
import { anAssessed } from '../../tests/assessed';
import { attentionCounts, attentionGroup, attentionList, reasonLine } from './attention';
import type { Status } from './status';

describe('attentionGroup', () => {
  it.each<[string, Status | null, boolean, string | null]>([
    ['off track', 'offTrack', false, 'offTrack'],
    ['off track and stale', 'offTrack', true, 'offTrack'],
    ['at risk', 'atRisk', false, 'atRisk'],
    ['insufficient data', 'insufficientData', false, 'insufficientData'],
    ['on track but stale: stale alone', 'onTrack', true, 'stale'],
    ['achieved but stale: nothing left to do, not listed', 'achieved', true, null],
    ['achieved', 'achieved', false, null],
    ['on track', 'onTrack', false, null],
    ['a context figure has no status and is not listed', null, false, null],
  ])('%s', (_case, status, stale, group) => {
    expect(attentionGroup({ status, stale })).toBe(group);
  });
});

describe('attentionList', () => {
  it('puts 滞后 before 需关注 before 数据不足 before 待更新 alone, and leaves the rest out', () => {
    const items = [
      anAssessed({ id: 'stale-only', status: 'onTrack', stale: true }),
      anAssessed({ id: 'no-data', status: 'insufficientData' }),
      anAssessed({ id: 'achieved-stale', status: 'achieved', stale: true }),
      anAssessed({ id: 'risk', status: 'atRisk' }),
      anAssessed({ id: 'fine', status: 'onTrack' }),
      anAssessed({ id: 'lag', status: 'offTrack' }),
    ];
    expect(attentionList(items).map((a) => a.indicator.id)).toEqual([
      'lag',
      'risk',
      'no-data',
      'stale-only',
    ]);
  });

  it('breaks ties alike everywhere: stale first, then headline code, then id', () => {
    const items = [
      anAssessed({ id: 'b', status: 'offTrack' }),
      anAssessed({ id: 'a', status: 'offTrack' }),
      anAssessed({ id: 'y', status: 'offTrack', factCode: 'F5' }),
      anAssessed({ id: 'x', status: 'offTrack', factCode: 'F2' }),
      anAssessed({ id: 'old', status: 'offTrack', stale: true }),
    ];
    expect(attentionList(items).map((a) => a.indicator.id)).toEqual(['old', 'x', 'y', 'a', 'b']);
  });

  it('gives the same order whatever order the items come in', () => {
    const items = ['d', 'a', 'c', 'b'].map((id) => anAssessed({ id, status: 'atRisk' }));
    const once = attentionList(items).map((a) => a.indicator.id);
    expect(attentionList([...items].reverse()).map((a) => a.indicator.id)).toEqual(once);
  });
});

describe('attentionCounts', () => {
  it('counts each listed item once, in its group', () => {
    const items = [
      anAssessed({ status: 'offTrack', stale: true }),
      anAssessed({ status: 'offTrack' }),
      anAssessed({ status: 'onTrack', stale: true }),
      anAssessed({ status: 'achieved', stale: true }),
    ];
    expect(attentionCounts(items)).toEqual({
      offTrack: 2,
      atRisk: 0,
      insufficientData: 0,
      stale: 1,
    });
  });
});

describe('reasonLine', () => {
  it.each<[Status, boolean, 'first' | 'last']>([
    ['offTrack', true, 'first'],
    ['atRisk', false, 'first'],
    ['insufficientData', true, 'first'],
    ['onTrack', true, 'last'],
  ])('%s (stale %s) shows the %s reason', (status, stale, line) => {
    expect(reasonLine({ status, stale })).toBe(line);
  });
});
