// The words of alert messages (src/domain/alert-messages.ts), Chinese first: a dictionary, kept
// apart from the shaping.
import type { Language } from './format';
import type { MilestoneState, Target } from './schemas';
import type { Reason, Status } from './status';

export const STATUS_WORDS: Record<Language, Record<Status, string>> = {
  zh: {
    achieved: '已达成',
    onTrack: '正常推进',
    atRisk: '需关注',
    offTrack: '滞后',
    insufficientData: '数据不足',
  },
  en: {
    achieved: 'achieved',
    onTrack: 'on track',
    atRisk: 'at risk',
    offTrack: 'off track',
    insufficientData: 'insufficient data',
  },
};

export const STATE_WORDS: Record<Language, Record<MilestoneState, string>> = {
  zh: { notStarted: '未启动', inProgress: '推进中', done: '已完成', delayed: '延期' },
  en: { notStarted: 'not started', inProgress: 'in progress', done: 'done', delayed: 'delayed' },
};

export const COMPARATORS: Record<Language, Record<Target['comparator'], string>> = {
  zh: { atLeast: '不低于', about: '约', atMost: '不高于' },
  en: { atLeast: 'at least', about: 'about', atMost: 'at most' },
};

/** Why a status slipped, in one plain sentence (the engine's reason behind the new verdict). */
export const REASON_WORDS: Record<Language, Partial<Record<Reason, string>>> = {
  zh: {
    growthRatio: '按目前的变化速度，到目标日期达不到目标。',
    targetDatePassed: '目标日期已过，仍未达到目标。',
    singleValue: '只有一个数值，且未达到目标。',
    noRequiredChange: '最新值未达到目标。',
    milestoneDelayed: '进展记录为“延期”。',
    milestonePastDue: '计划完成日期已过，尚未完成。',
    milestoneNotStartedLate: '尚未启动，而到计划完成的时间已过去大半。',
  },
  en: {
    growthRatio: 'At the pace so far it will not reach its target by the target date.',
    targetDatePassed: 'The target date has passed and the target is not met.',
    singleValue: 'There is one figure only, and it is short of the target.',
    noRequiredChange: 'The latest figure is short of the target.',
    milestoneDelayed: 'Its progress was recorded as delayed.',
    milestonePastDue: 'Its due date has passed and it is not done.',
    milestoneNotStartedLate: 'It has not started, and most of the time to its due date has passed.',
  },
};

export const LABELS = {
  zh: {
    indicator: '指标',
    status: '状态',
    before: '原值',
    after: '新值',
    beforeProgress: '原进展',
    afterProgress: '新进展',
    beforeTarget: '原目标',
    afterTarget: '新目标',
    latest: '最新数据',
    latestProgress: '最新进展',
    due: '应报送日期',
    dueDone: '计划完成',
    recordedBy: '记录人',
    recordedAt: '记录时间',
    changedBy: '调整人',
    reason: '原因',
    cadence: '报送周期',
    none: '无',
    noRecord: '无新记录：随着时间推移，进度落后于应达路径。',
  },
  en: {
    indicator: 'Indicator',
    status: 'Status',
    before: 'Before',
    after: 'After',
    beforeProgress: 'Progress before',
    afterProgress: 'Progress now',
    beforeTarget: 'Target before',
    afterTarget: 'Target now',
    latest: 'Latest figure',
    latestProgress: 'Latest progress',
    due: 'Due by',
    dueDone: 'Due',
    recordedBy: 'Recorded by',
    recordedAt: 'Recorded at',
    changedBy: 'Changed by',
    reason: 'Reason',
    cadence: 'Reporting cadence',
    none: 'none',
    noRecord: 'No new record: as time passed, progress fell behind the path to the target.',
  },
} as const;
