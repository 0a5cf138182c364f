// An admin's change of an indicator's target, with its reason: the rules it must pass (the same
// in the form and the API), the indicator it gives, and its entry in the audit trail. The new
// target is set on the day it is made, and supersedes the one in force, as the data set's own
// later targets do; it shows on the chart as they do.
import type { TargetChangeInput } from './accounts';
import type { AuditEntry, ChangeMeta } from './audit';
import {
  checkDepartment,
  checkEarliest,
  checkProvenance,
  checkRecordText,
  type CheckContext,
  type FieldIssue,
} from './entry';
import type { Indicator, IsoDate, QuantitativeIndicator, Target } from './schemas';
import { currentTarget } from './status';

/** The latest date a target may be set for: far enough for a long-range plan, no further. */
export const LATEST_TARGET_DATE: IsoDate = '2100-12-31';

export function checkTargetChange(
  indicator: Indicator,
  input: TargetChangeInput,
  ctx: CheckContext,
): FieldIssue[] {
  if (indicator.kind !== 'quantitative') return [{ path: '', code: 'wrongKind' }];
  const { target } = input;
  const issues: FieldIssue[] = [...checkRecordText({ provenance: target.provenance })];
  issues.push(...checkEarliest(target.date, 'date'));
  if (target.date > LATEST_TARGET_DATE) {
    issues.push({ path: 'date', code: 'notADate' });
  }
  const whole = indicator.unit.kind !== 'currency';
  if (!Number.isFinite(target.value) || target.value < (indicator.unit.kind === 'rank' ? 1 : 0)) {
    issues.push({
      path: 'value',
      code: 'outOfRange',
      params: { min: indicator.unit.kind === 'rank' ? 1 : 0 },
    });
  } else if (whole && !Number.isInteger(target.value)) {
    issues.push({ path: 'value', code: 'notWhole' });
  }
  // A reported target is one the source states: its source cannot postdate today.
  issues.push(...checkProvenance(target.provenance, ctx.today, ctx.today));
  issues.push(...checkDepartment(target.provenance, ctx));
  return issues;
}

/** The target as it is kept: set today. */
export function targetFrom(input: TargetChangeInput, today: IsoDate): Target {
  return { ...input.target, setOn: today };
}

/** The indicator with the new target; one set earlier the same day is replaced. */
export function applyTarget(
  indicator: QuantitativeIndicator,
  target: Target,
): QuantitativeIndicator {
  const others = indicator.targets.filter((t) => t.setOn !== target.setOn);
  return {
    ...indicator,
    targets: [...others, target].sort((a, b) =>
      a.setOn < b.setOn ? -1 : a.setOn > b.setOn ? 1 : 0,
    ),
  };
}

export function targetAuditEntry(
  indicator: QuantitativeIndicator,
  target: Target,
  reason: string,
  meta: ChangeMeta,
): AuditEntry {
  const before = currentTarget(indicator.targets, target.setOn).target;
  return {
    ...meta,
    author: meta.author.trim(),
    indicatorId: indicator.id,
    field: 'target',
    key: target.setOn,
    replaced: indicator.targets.some((t) => t.setOn === target.setOn),
    before,
    after: target,
    reason: reason.trim(),
  };
}
