// Recording a new observation or milestone update: the request bodies, the rules a value must
// pass (the same on the form, in a CSV import and in the API), and applying it to an indicator.
export {
  authorSchema,
  fieldIssueSchema,
  issueCodeSchema,
  type FieldIssue,
  type IssueCode,
} from './field-issue';
export { previousRecord } from './previous-record';
import { z } from './zod';
import { byDate } from './dates';
import { authorSchema, type FieldIssue, type IssueCode } from './field-issue';
import {
  milestoneUpdateSchema,
  observationSchema,
  type Indicator,
  type IsoDate,
  type Localized,
  type MilestoneUpdate,
  type Observation,
  type Provenance,
  type QuantitativeIndicator,
} from './schemas';

export const observationInputSchema = z.object({
  observation: observationSchema,
  author: authorSchema,
});
export type ObservationInput = z.infer<typeof observationInputSchema>;

export const milestoneUpdateInputSchema = z.object({
  update: milestoneUpdateSchema,
  author: authorSchema,
});
export type MilestoneUpdateInput = z.infer<typeof milestoneUpdateInputSchema>;

/**
 * The plausible range of a new value. Rule: not below 0 (1 for a rank), and not above ten times
 * the largest value the indicator already knows (observations, baseline, targets), so a slip of
 * a digit or two — or a figure in 元 typed as 万元 — is caught. With nothing known yet there is no
 * upper bound. Ranks, counts and persons are whole numbers.
 */
export function plausibleRange(indicator: QuantitativeIndicator): {
  min: number;
  max: number | null;
  whole: boolean;
} {
  const known = [
    ...indicator.observations.map((o) => o.value),
    ...indicator.targets.map((t) => t.value),
    ...(indicator.baseline ? [indicator.baseline.value] : []),
  ].filter((v) => Number.isFinite(v));
  const largest = known.length > 0 ? Math.max(...known) : 0;
  return {
    min: indicator.unit.kind === 'rank' ? 1 : 0,
    max: largest > 0 ? largest * 10 : null,
    whole: indicator.unit.kind !== 'currency',
  };
}

export function checkProvenance(
  provenance: Provenance,
  date: IsoDate,
  today: IsoDate,
): FieldIssue[] {
  if (provenance.kind !== 'reported') return [];
  const issues: FieldIssue[] = [];
  const cited = provenance.citation.date;
  if (cited > today) issues.push({ path: 'provenance.citation.date', code: 'futureDate' });
  // A figure cannot be about a day after the source that reports it was published.
  else if (date > cited) issues.push({ path: 'date', code: 'afterSource', params: { cited } });
  return issues;
}

/** Short text (a name, a role, a publication): at most this many characters. */
export const MAX_TEXT = 200;
/** Long text (a quote, a note). */
export const MAX_LONG_TEXT = 2000;
/**
 * No record of this programme predates the turn of the century: an earlier date is a typing slip
 * (0001-01-01, 1024 for 2024), refused wherever a date is entered.
 */
export const EARLIEST_RECORD_DATE: IsoDate = '2000-01-01';

export interface CheckContext {
  today: IsoDate;
  /** Department ids a citation may name; null to skip the check. */
  departments: ReadonlySet<string> | null;
}

export function checkEarliest(date: IsoDate, path: string): FieldIssue[] {
  return date < EARLIEST_RECORD_DATE
    ? [{ path, code: 'tooEarly', params: { min: EARLIEST_RECORD_DATE } }]
    : [];
}

/**
 * The form's length limits, for every way in (form, import, API): a 3 MB note is refused as the
 * form would refuse it. Citation dates obey the same earliest date as records.
 */
export function checkRecordText(record: {
  note?: Localized;
  provenance: Provenance;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const limit = (path: string, text: Localized | string | undefined, max: number) => {
    if (text === undefined) return;
    const parts = typeof text === 'string' ? [text] : [text.zh, text.en];
    if (parts.some((t) => t.length > max) && !issues.some((i) => i.path === path)) {
      issues.push({ path, code: 'tooLong', params: { max } });
    }
  };
  limit('note', record.note, MAX_LONG_TEXT);
  const p = record.provenance;
  if (p.kind === 'illustrative') limit('note', p.note, MAX_LONG_TEXT);
  else {
    const c = p.citation;
    limit('provenance.citation.source', c.source, MAX_TEXT);
    limit('provenance.citation.speaker', c.speaker, MAX_TEXT);
    limit('provenance.citation.role', c.role, MAX_TEXT);
    limit('provenance.citation.event', c.event, MAX_TEXT);
    limit('provenance.citation.departmentId', c.departmentId, MAX_TEXT);
    limit('provenance.citation.quote', c.quote, MAX_LONG_TEXT);
    issues.push(...checkEarliest(c.date, 'provenance.citation.date'));
  }
  return issues;
}

export function checkDepartment(provenance: Provenance, ctx: CheckContext): FieldIssue[] {
  if (provenance.kind !== 'reported' || !ctx.departments) return [];
  return ctx.departments.has(provenance.citation.departmentId)
    ? []
    : [{ path: 'provenance.citation.departmentId', code: 'unknownDepartment' }];
}

/** The rules beyond the schema: not in the future, within the plausible range, a known source. */
export function checkObservation(
  indicator: Indicator,
  observation: Observation,
  ctx: CheckContext,
): FieldIssue[] {
  if (indicator.kind !== 'quantitative') return [{ path: '', code: 'wrongKind' }];
  const issues: FieldIssue[] = [...checkRecordText(observation)];
  issues.push(...checkEarliest(observation.date, 'date'));
  if (observation.date > ctx.today) issues.push({ path: 'date', code: 'futureDate' });
  const { min, max, whole } = plausibleRange(indicator);
  if (observation.value < min || (max !== null && observation.value > max)) {
    issues.push({
      path: 'value',
      code: 'outOfRange',
      params: max === null ? { min } : { min, max },
    });
  } else if (whole && !Number.isInteger(observation.value)) {
    issues.push({ path: 'value', code: 'notWhole' });
  }
  if (observation.date <= ctx.today) {
    issues.push(...checkProvenance(observation.provenance, observation.date, ctx.today));
  }
  issues.push(...checkDepartment(observation.provenance, ctx));
  return issues;
}

export function checkMilestoneUpdate(
  indicator: Indicator,
  update: MilestoneUpdate,
  ctx: CheckContext,
): FieldIssue[] {
  if (indicator.kind !== 'milestone') return [{ path: '', code: 'wrongKind' }];
  const issues: FieldIssue[] = [...checkRecordText(update)];
  issues.push(...checkEarliest(update.date, 'date'));
  if (update.date > ctx.today) issues.push({ path: 'date', code: 'futureDate' });
  else issues.push(...checkProvenance(update.provenance, update.date, ctx.today));
  issues.push(...checkDepartment(update.provenance, ctx));
  return issues;
}

/** Zod's issues on a request body, in the same codes, so the form can place them. */
export function issuesFromZod(error: z.core.$ZodError, prefix = ''): FieldIssue[] {
  const issues = error.issues.map((issue): FieldIssue => {
    // Localised text is entered once; an issue on `.zh` or `.en` belongs to the field.
    const parts = issue.path.map(String).filter((p) => p !== 'zh' && p !== 'en');
    const path = (prefix && parts[0] === prefix ? parts.slice(1) : parts).join('.');
    let code: IssueCode = 'required';
    if (path === 'provenance.citation.source' || path === 'provenance.citation') {
      code = 'reportedWithoutSource';
    } else if (path.startsWith('provenance.citation.')) code = 'citationRequired';
    else if (issue.code === 'invalid_type' && issue.expected === 'number') code = 'notANumber';
    else if (issue.code === 'invalid_format' || issue.code === 'custom') code = 'notADate';
    else if (issue.code === 'invalid_value' || issue.code === 'invalid_union') {
      code = 'unknownOption';
    } else if (issue.code === 'too_big') code = 'tooLong';
    return { path, code, message: issue.message };
  });
  // One issue a field: a date that fails its pattern fails its calendar check too.
  return issues.filter((issue, i) => issues.findIndex((x) => x.path === issue.path) === i);
}

/** The indicator with the observation added; one on the same date is replaced. */
export function applyObservation(
  indicator: QuantitativeIndicator,
  observation: Observation,
): QuantitativeIndicator {
  const others = indicator.observations.filter((o) => o.date !== observation.date);
  return { ...indicator, observations: [...others, observation].sort(byDate) };
}

/** Works on either kind, so the client's optimistic update needs no narrowing. */
export function applyChange(
  indicator: Indicator,
  change: { observation: Observation } | { update: MilestoneUpdate },
): Indicator {
  if ('observation' in change) {
    return indicator.kind === 'quantitative'
      ? applyObservation(indicator, change.observation)
      : indicator;
  }
  if (indicator.kind !== 'milestone') return indicator;
  const others = indicator.updates.filter((u) => u.date !== change.update.date);
  return { ...indicator, updates: [...others, change.update].sort(byDate) };
}
