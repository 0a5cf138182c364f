// The current view as a CSV download; loaded when the button is pressed, not with the page.
import type { TFunction } from '@/lib/i18n';
import { toCsv, viewCsvRows } from '@/domain/csv';
import type { Department, Thrust } from '@/domain/schemas';
import type { Language } from '@/domain/format';
import type { AssessedIndicator } from '@/hooks/use-assessed-indicators';
import { saveCsv } from '@/lib/download';
import { exportLabels } from './export-labels';

export function saveViewCsv(
  items: AssessedIndicator[],
  view: { lang: Language; today: string; thrusts: Thrust[]; departments: Department[] },
  t: TFunction,
  fileName: string,
): void {
  const rows = viewCsvRows(items, { ...view, labels: exportLabels(t, view.lang) });
  saveCsv(toCsv(rows), fileName);
}
