// The words for a refused field, in the interface's language, with its numbers formatted.
import type { TFunction } from '@/lib/i18n';
import type { FieldIssue } from '@/domain/entry';
import { formatDate, formatValue, type Language } from '@/domain/format';
import type { Unit } from '@/domain/schemas';

export interface IssueContext {
  lang: Language;
  today: string;
  unit: Unit | null;
}

export function issueText(issue: FieldIssue, t: TFunction, ctx: IssueContext): string {
  const p = issue.params ?? {};
  const num = (v: unknown) =>
    typeof v === 'number' ? (ctx.unit ? formatValue(v, ctx.unit, ctx.lang) : String(v)) : '';
  switch (issue.code) {
    case 'required':
      return t('entry.issues.required');
    case 'futureDate':
      return t('entry.issues.futureDate', { today: formatDate(ctx.today, ctx.lang) });
    case 'afterSource':
      return t('entry.issues.afterSource', {
        cited: typeof p.cited === 'string' ? formatDate(p.cited, ctx.lang) : '',
      });
    case 'outOfRange':
      return p.max === undefined
        ? t('entry.issues.outOfRangeMin', { min: num(p.min) })
        : t('entry.issues.outOfRange', { min: num(p.min), max: num(p.max) });
    case 'tooEarly':
      return t('entry.issues.tooEarly', {
        min: typeof p.min === 'string' ? formatDate(p.min, ctx.lang) : '',
      });
    case 'tooLong':
      return t('entry.issues.tooLong', { max: Number(p.max ?? 0) });
    default:
      return t(`entry.issues.${issue.code}`);
  }
}
