import { describe, expect, it } from 'vitest';
import { auditEntryFor, auditEntrySchema, newestFirst, type AuditEntry } from './audit';
import { aMilestone, aMilestoneUpdate, anIndicator, anObservation } from '@tests/factories';

const obs = (date: string, value: number) => anObservation(date, value);
const indicator = anIndicator({
  id: 'firms',
  observations: [obs('2024-12-31', 100), obs('2025-12-31', 120)],
});
const milestone = aMilestone({
  id: 'chain',
  updates: [aMilestoneUpdate('2025-06-30', 'inProgress')],
});
const meta = { id: 'a1', at: '2026-11-26T08:00:00.000Z', author: ' 王分析 ', via: 'form' as const };

describe('an audit entry says what a change replaced or followed', () => {
  it.each([
    ['a newer figure follows the latest', '2026-10-31', 120, false],
    ['a figure on a known date replaces it', '2025-12-31', 120, true],
    ['a back-filled figure follows the one before it', '2025-06-30', 100, false],
    ['the first figure follows nothing', '2020-01-01', null, false],
  ])('%s', (_, date, before, replaced) => {
    const entry = auditEntryFor(indicator, { observation: obs(date, 130) }, meta);
    expect(entry).toMatchObject({
      field: 'observation',
      indicatorId: 'firms',
      key: date,
      author: '王分析',
      replaced,
      after: { value: 130 },
    });
    expect(entry.field === 'observation' ? (entry.before?.value ?? null) : 'wrong').toBe(before);
    expect(auditEntrySchema.parse(entry)).toEqual(entry);
  });

  it('records a milestone’s state before and after', () => {
    const entry = auditEntryFor(
      milestone,
      { update: aMilestoneUpdate('2026-11-01', 'done') },
      meta,
    );
    expect(entry).toMatchObject({
      field: 'milestoneUpdate',
      before: { state: 'inProgress' },
      after: { state: 'done' },
    });
  });
});

it('lists the newest first, the later-made first within one instant', () => {
  const e = (id: string, at: string) => ({ id, at }) as AuditEntry;
  const list = [
    e('a', '2026-01-01T00:00:00Z'),
    e('b', '2026-02-01T00:00:00Z'),
    e('c', '2026-02-01T00:00:00Z'),
  ];
  expect(newestFirst(list).map((x) => x.id)).toEqual(['c', 'b', 'a']);
});
