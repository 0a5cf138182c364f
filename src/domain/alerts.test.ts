import { describe, expect, it } from 'vitest';
import {
  aMilestone,
  aMilestoneUpdate,
  anIndicator,
  anObservation,
  aTarget,
} from '@tests/factories';
import { digestFor } from './alert-digest';
import { alertStateOf, evaluateAlerts, isWorse, recipientsOf, type AlertState } from './alerts';
import type { Account } from './accounts';
import type { AuditEntry } from './audit';

const TODAY = '2026-06-10';

/** 100 firms at the start of 2024, at least 200 by the start of 2028: 150 is on the path in 2026. */
const tracked = (latest: number, date = '2026-06-01') =>
  anIndicator({
    id: 'firms',
    cadence: 'annual',
    baseline: { date: '2024-01-01', value: 100, provenance: { kind: 'illustrative' } },
    targets: [aTarget(200, '2028-01-01')],
    observations: [anObservation(date, latest)],
  });

describe('isWorse', () => {
  it.each([
    ['onTrack', 'atRisk', true],
    ['atRisk', 'offTrack', true],
    ['onTrack', 'offTrack', true],
    ['offTrack', 'atRisk', false],
    ['atRisk', 'atRisk', false],
    ['achieved', 'offTrack', false],
    ['insufficientData', 'offTrack', false],
    ['onTrack', 'insufficientData', false],
    [null, 'offTrack', false],
  ] as const)('%s → %s: %s', (from, to, worse) => {
    expect(isWorse(from, to)).toBe(worse);
  });
});

describe('evaluateAlerts', () => {
  it('remembers the first state without an event: a first start floods no inbox', () => {
    const { events, state } = evaluateAlerts(tracked(105), null, TODAY);
    expect(events).toEqual([]);
    expect(state.status).toBe('offTrack');
  });

  it('raises one event when a status gets worse, none when it holds or improves', () => {
    const onTrack = alertStateOf(tracked(160), TODAY);
    expect(onTrack.status).toBe('onTrack');
    const slipped = evaluateAlerts(tracked(105), onTrack, TODAY);
    expect(slipped.events).toEqual([
      expect.objectContaining({
        kind: 'statusWorse',
        from: 'onTrack',
        to: 'offTrack',
        indicatorId: 'firms',
      }),
    ]);
    // The verdict rests on the illustrative baseline and figure: the event says so.
    expect(slipped.events[0]?.illustrative).toBe(true);
    // Evaluated again with what was remembered: nothing new.
    expect(evaluateAlerts(tracked(105), slipped.state, TODAY).events).toEqual([]);
    // Getting better is no alert.
    expect(evaluateAlerts(tracked(160), slipped.state, TODAY).events).toEqual([]);
  });

  it('gives the same change the same key, so a second instance or a restart cannot repeat it', () => {
    const before = alertStateOf(tracked(160), TODAY);
    const a = evaluateAlerts(tracked(105), before, TODAY).events;
    const b = evaluateAlerts(tracked(105), before, TODAY).events;
    expect(a.map((e) => e.key)).toEqual(b.map((e) => e.key));
    expect(new Set(a.map((e) => e.key)).size).toBe(a.length);
  });

  it('tells a second slip after a recovery on the same day from the first', () => {
    const before = alertStateOf(tracked(160), TODAY);
    const first = evaluateAlerts({ ...tracked(105), version: 2 }, before, TODAY).events;
    const again = evaluateAlerts({ ...tracked(105), version: 4 }, before, TODAY).events;
    expect(first[0]?.key).not.toBe(again[0]?.key);
  });

  it('raises "overdue" once when a figure falls behind its cadence, naming the day it fell due', () => {
    const indicator = tracked(160, '2025-01-01');
    const fresh: AlertState = { ...alertStateOf(indicator, '2026-01-01') };
    expect(fresh.stale).toBe(false);
    // Annual figures are overdue after 500 days: 2025-01-01 + 500 days = 2026-05-16.
    const { events, state } = evaluateAlerts(indicator, fresh, TODAY);
    expect(events.filter((e) => e.kind === 'overdue')).toEqual([
      expect.objectContaining({ kind: 'overdue', due: '2026-05-16' }),
    ]);
    expect(
      evaluateAlerts(indicator, state, '2026-07-01').events.filter((e) => e.kind === 'overdue'),
    ).toEqual([]);
  });

  it('raises "milestonePastDue" once the due date passes unfinished, not for a finished one', () => {
    const late = aMilestone({
      id: 'm1',
      due: { date: '2026-06-01', provenance: { kind: 'illustrative' } },
      updates: [aMilestoneUpdate('2026-05-01', 'inProgress')],
    });
    const before = alertStateOf(late, '2026-05-31');
    const { events } = evaluateAlerts(late, before, TODAY);
    expect(events.map((e) => [e.kind, e.due, e.illustrative])).toContainEqual([
      'milestonePastDue',
      '2026-06-01',
      true,
    ]);
    const done = { ...late, updates: [aMilestoneUpdate('2026-05-30', 'done')] };
    expect(
      evaluateAlerts(done, alertStateOf(done, '2026-05-31'), TODAY).events.map((e) => e.kind),
    ).not.toContain('milestonePastDue');
  });

  it('raises "targetChanged" with the admin’s reason when a new target takes effect', () => {
    const indicator = tracked(160);
    const before = alertStateOf(indicator, TODAY);
    const raised = {
      ...indicator,
      targets: [...indicator.targets, aTarget(250, '2028-01-01', { setOn: TODAY })],
    };
    const audit = [
      {
        id: 'a1',
        at: `${TODAY}T02:00:00.000Z`,
        author: '系统管理员',
        account: 'admin',
        indicatorId: 'firms',
        key: TODAY,
        replaced: false,
        via: 'form',
        field: 'target',
        before: indicator.targets[0]!,
        after: raised.targets[1]!,
        reason: '市政府常务会议调整目标',
      },
    ] satisfies AuditEntry[];
    const { events } = evaluateAlerts(raised, before, TODAY, audit);
    expect(events.find((e) => e.kind === 'targetChanged')).toMatchObject({
      target: {
        value: 250,
        date: '2028-01-01',
        reason: '市政府常务会议调整目标',
        by: '系统管理员',
      },
      illustrative: true,
    });
  });
});

describe('evaluateAlerts: a target change is the change, not its date', () => {
  it('raises a second "targetChanged" for a second change on the same day, with its own key', () => {
    const indicator = { ...tracked(160), version: 1 };
    const first = {
      ...indicator,
      version: 2,
      targets: [...indicator.targets, aTarget(250, '2028-01-01', { setOn: TODAY })],
    };
    const raisedFirst = evaluateAlerts(first, alertStateOf(indicator, TODAY), TODAY);
    expect(raisedFirst.events.map((e) => e.kind)).toContain('targetChanged');
    // Later the same day, the same admin sets it again (the entry of that day is replaced).
    const second = {
      ...first,
      version: 3,
      targets: [...indicator.targets, aTarget(300, '2028-01-01', { setOn: TODAY })],
    };
    const raisedSecond = evaluateAlerts(second, raisedFirst.state, TODAY);
    const [a, b] = [raisedFirst, raisedSecond].map((r) =>
      r.events.find((e) => e.kind === 'targetChanged'),
    );
    expect(b).toMatchObject({ target: { value: 300 } });
    expect(b?.key).not.toBe(a?.key);
    // Seen again: nothing new.
    expect(evaluateAlerts(second, raisedSecond.state, TODAY).events).toEqual([]);
  });

  it('carries the recorded change behind a slip (who, when, before and after), without the sign-in name', () => {
    const before = alertStateOf({ ...tracked(160), version: 1 }, TODAY);
    const slipped = { ...tracked(105), version: 2 };
    const change = {
      id: 'c1',
      at: `${TODAY}T03:00:00.000Z`,
      author: '王敏（市金融局）',
      account: 'finance',
      indicatorId: 'firms',
      key: '2026-06-01',
      replaced: true,
      via: 'form',
      version: 2,
      field: 'observation',
      before: anObservation('2026-06-01', 160),
      after: anObservation('2026-06-01', 105),
    } satisfies AuditEntry;
    const [event] = evaluateAlerts(slipped, before, TODAY, [change]).events;
    expect(event?.change).toMatchObject({ author: '王敏（市金融局）', after: { value: 105 } });
    expect(event?.change).not.toHaveProperty('account');
    expect(event?.reason).toBe('growthRatio');
    // A change older than what was remembered did not cause it.
    const [timeAlone] = evaluateAlerts(slipped, { ...before, version: 2 }, TODAY, [change]).events;
    expect(timeAlone?.change).toBeUndefined();
  });
});

describe('recipientsOf', () => {
  const accounts: Pick<Account, 'username' | 'role' | 'departments' | 'disabled'>[] = [
    { username: 'fin', role: 'editor', departments: ['finance'], disabled: false },
    { username: 'fin-off', role: 'editor', departments: ['finance'], disabled: true },
    { username: 'sti', role: 'editor', departments: ['sti-bureau'], disabled: false },
    { username: 'boss', role: 'admin', departments: [], disabled: false },
    { username: 'watcher', role: 'viewer', departments: [], disabled: false },
  ];
  const indicator = { id: 'x', thrustId: 'T4' as const, ownerIds: ['finance'] };

  it('names the owning department’s active editors and every follower, once each', () => {
    expect(
      recipientsOf(indicator, accounts, [
        { username: 'watcher', kind: 'thrust', id: 'T4' },
        { username: 'watcher', kind: 'indicator', id: 'x' },
        { username: 'boss', kind: 'department', id: 'finance' },
        { username: 'sti', kind: 'indicator', id: 'other' },
        { username: 'fin-off', kind: 'indicator', id: 'x' },
      ]),
    ).toEqual(['boss', 'fin', 'watcher']);
  });
});

describe('digestFor', () => {
  it('lists what changed, what is due in 30 days and what is overdue', () => {
    const dueSoon = aMilestone({
      id: 'soon',
      due: { date: '2026-07-01', provenance: { kind: 'illustrative' } },
      updates: [aMilestoneUpdate('2026-06-01', 'inProgress')],
    });
    const pastDue = aMilestone({
      id: 'late',
      due: { date: '2026-06-01', provenance: { kind: 'illustrative' } },
      updates: [aMilestoneUpdate('2026-05-01', 'inProgress')],
    });
    const farOff = aMilestone({
      id: 'far',
      due: { date: '2027-12-31', provenance: { kind: 'illustrative' } },
      updates: [aMilestoneUpdate('2026-06-01', 'inProgress')],
    });
    const digest = digestFor([dueSoon, pastDue, farOff], [], TODAY);
    expect(digest.dueSoon).toEqual([{ indicatorId: 'soon', due: '2026-07-01', what: 'milestone' }]);
    expect(digest.overdue).toEqual([
      { indicatorId: 'late', since: '2026-06-01', what: 'milestone' },
    ]);
  });
});
