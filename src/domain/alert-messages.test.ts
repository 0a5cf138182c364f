import { describe, expect, it } from 'vitest';
import {
  aMilestone,
  aMilestoneUpdate,
  anIndicator,
  anObservation,
  aTarget,
  reportedBy,
} from '@tests/factories';
import { alertEmail, alertMessage, factLine, webhookBody } from './alert-messages';
import type { AlertEvent } from './alerts';
import type { AuditEntry } from './audit';
import type { Indicator } from './schemas';

const firms = anIndicator({ id: 'firms', name: { zh: '高新技术企业', en: 'High-tech firms' } });
const milestone = aMilestone({ id: 'zone', name: { zh: '试验区', en: 'Pilot zone' } });
const BASE = 'https://tracker.example/';

const observed: AuditEntry = {
  id: 'c1',
  at: '2026-11-26T03:05:00.000Z',
  author: '王敏（市金融局）',
  indicatorId: 'firms',
  key: '2026-10-31',
  replaced: false,
  via: 'form',
  version: 3,
  field: 'observation',
  // The source's figure, then the bureau's own report.
  before: anObservation('2025-12-31', 1200, { provenance: reportedBy() }),
  after: anObservation('2026-10-31', 1100, { qualifier: 'over' }),
};

const slip: AlertEvent = {
  key: 'k1',
  kind: 'statusWorse',
  indicatorId: 'firms',
  on: '2026-11-26',
  from: 'onTrack',
  to: 'offTrack',
  illustrative: true,
  reason: 'growthRatio',
  change: observed,
};

const facts = (event: AlertEvent, indicator: Indicator = firms, lang: 'zh' | 'en' = 'zh') =>
  alertMessage(event, indicator, lang, BASE).facts.map((f) => factLine(f, lang));

describe('alertMessage', () => {
  it.each([
    [
      'zh',
      '【滞后】高新技术企业（示意）',
      '状态由“正常推进”转为“滞后”（示意）。按目前的变化速度，到目标日期达不到目标。',
      [
        '指标：高新技术企业',
        '状态：正常推进 → 滞后（示意）',
        '原值：1200家（2025年12月31日）',
        '新值：超1100家（2026年10月31日）（示意）',
        '记录人：王敏（市金融局）',
        '记录时间：2026年11月26日 11:05',
        '原因：按目前的变化速度，到目标日期达不到目标。（示意）',
      ],
    ],
    [
      'en',
      '[Off track] High-tech firms (illustrative)',
      'Its status went from on track to off track (illustrative). At the pace so far it will not reach its target by the target date.',
      [
        'Indicator: High-tech firms',
        'Status: on track → off track (illustrative)',
        'Before: 1,200 firms (31 December 2025)',
        'After: over 1,100 firms (31 October 2026) (illustrative)',
        'Recorded by: 王敏（市金融局）',
        'Recorded at: 26 Nov 2026, 11:05',
        'Reason: At the pace so far it will not reach its target by the target date. (illustrative)',
      ],
    ],
  ] as const)(
    'a slip, in %s: the verdict, old and new, who and when, why',
    (lang, title, reason, lines) => {
      const message = alertMessage(slip, firms, lang, BASE);
      expect(message.title).toBe(title);
      expect(message.reason).toBe(reason);
      expect(message.link).toBe('https://tracker.example/indicators/firms');
      expect(message.facts.map((f) => factLine(f, lang))).toEqual(lines);
    },
  );

  it('says a slip with no new record came with time alone, naming the latest figure', () => {
    const alone: AlertEvent = { ...slip };
    delete alone.change;
    expect(facts({ ...alone, latest: anObservation('2025-12-31', 1200) })).toEqual([
      '指标：高新技术企业',
      '状态：正常推进 → 滞后（示意）',
      '最新数据：1200家（2025年12月31日）（示意）',
      '原因：按目前的变化速度，到目标日期达不到目标。（示意）',
    ]);
  });

  it('marks an overdue figure illustrative: the reporting cadence is the data set’s', () => {
    const overdue: AlertEvent = {
      key: 'k2',
      kind: 'overdue',
      indicatorId: 'firms',
      on: '2026-11-26',
      due: '2026-11-01',
      illustrative: true,
      latest: anObservation('2025-06-30', 1150, { provenance: reportedBy() }),
    };
    const message = alertMessage(overdue, firms, 'zh', BASE);
    expect(message.title).toBe('【待更新】高新技术企业（示意）');
    expect(message.reason).toBe('按报送周期（示意），新数据应于 2026年11月1日 前报送，至今未见。');
    expect(facts(overdue)).toEqual([
      '指标：高新技术企业',
      '最新数据：1150家（2025年6月30日）',
      '应报送日期：2026年11月1日（示意）',
    ]);
  });

  it('names a milestone’s due date and its latest progress, each with its provenance', () => {
    const pastDue: AlertEvent = {
      key: 'k3',
      kind: 'milestonePastDue',
      indicatorId: 'zone',
      on: '2026-11-26',
      due: '2026-06-30',
      illustrative: true,
      latest: aMilestoneUpdate('2026-05-01', 'inProgress', { provenance: reportedBy() }),
    };
    expect(alertMessage(pastDue, milestone, 'en', BASE).title).toBe(
      '[Past due] Pilot zone (illustrative)',
    );
    expect(facts(pastDue, milestone, 'en')).toEqual([
      'Indicator: Pilot zone',
      'Due: 30 June 2026 (illustrative)',
      'Latest progress: in progress (1 May 2026)',
    ]);
  });

  it('tells a target change: before and after, who changed it, when and why', () => {
    const after = aTarget(1500, '2027-12-31', { setOn: '2026-11-26' });
    const changed: AlertEvent = {
      key: 'k4',
      kind: 'targetChanged',
      indicatorId: 'firms',
      on: '2026-11-26',
      illustrative: true,
      target: { value: 1500, date: '2027-12-31', reason: '市政府常务会议调整', by: '系统管理员' },
      change: {
        id: 'c2',
        at: '2026-11-26T06:00:00.000Z',
        author: '系统管理员',
        indicatorId: 'firms',
        key: '2026-11-26',
        replaced: false,
        via: 'form',
        field: 'target',
        before: aTarget(1400, '2027-12-31', { provenance: reportedBy() }),
        after,
        reason: '市政府常务会议调整',
      },
    };
    expect(alertMessage(changed, firms, 'zh', BASE).reason).toBe(
      '新目标：2027年12月31日 前不低于1500家（示意）。原因：市政府常务会议调整',
    );
    expect(facts(changed)).toEqual([
      '指标：高新技术企业',
      '原目标：2027年12月31日 前不低于1400家',
      '新目标：2027年12月31日 前不低于1500家（示意）',
      '调整人：系统管理员',
      '记录时间：2026年11月26日 14:00',
      '原因：市政府常务会议调整',
    ]);
  });
});

describe('alertEmail and webhookBody', () => {
  const message = alertMessage(slip, firms, 'zh', BASE);

  it('mails the title as the subject, then the sentence, the facts with their marks, a note and the link', () => {
    const { subject, text } = alertEmail(message, 'zh');
    expect(subject).toBe('【滞后】高新技术企业（示意）');
    expect(text.split('\n')).toEqual([
      '【滞后】高新技术企业（示意）',
      '',
      message.reason,
      '',
      ...facts(slip),
      '',
      '标“示意”的数值由本数据集补充，并非来源发布。',
      '',
      'https://tracker.example/indicators/firms',
      '',
    ]);
  });

  it('gives a robot the email’s lines, and JSON each fact with its provenance', () => {
    const robot = webhookBody('wecom', slip, message) as { text: { content: string } };
    expect(robot.text.content).toContain('新值：超1100家（2026年10月31日）（示意）');
    expect(webhookBody('json', slip, message)).toMatchObject({
      event: 'statusWorse',
      illustrative: true,
      change: { field: 'observation', by: '王敏（市金融局）', after: { value: 1100 } },
      facts: expect.arrayContaining([
        { label: '原值', value: '1200家（2025年12月31日）', illustrative: false },
        { label: '新值', value: '超1100家（2026年10月31日）', illustrative: true },
      ]) as unknown,
    });
  });
});
