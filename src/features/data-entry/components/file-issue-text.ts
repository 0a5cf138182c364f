// Why a chosen file was refused, in the user's language.
import type { TFunction } from '@/lib/i18n';
import { MAX_FILE_MB, type PickIssue } from '../hooks/use-csv-import';

export function fileIssueText(issue: PickIssue, t: TFunction): string {
  switch (issue.code) {
    case 'tooLarge':
      return t('faults.fileTooLarge', { max: MAX_FILE_MB });
    case 'notCsv':
      return t('faults.notCsv');
    case 'missingColumns':
    case 'unknownColumns':
    case 'duplicateColumns':
      return t(`importCsv.fileIssue.${issue.code}`, { columns: issue.columns.join(', ') });
    case 'tooManyRows':
      return t('importCsv.fileIssue.tooManyRows', { max: issue.max });
    case 'malformed':
      return t('importCsv.fileIssue.malformed', { row: issue.row });
    default:
      return t(`importCsv.fileIssue.${issue.code}`);
  }
}
