// The import page's state: the chosen file read and checked row by row (the preview), and the
// API's report once it is sent.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  decodeCsv,
  isWorkbook,
  parseCsv,
  summarise,
  validateImportRows,
  type FileIssue,
  type ImportReport,
  type ImportRow,
} from '@/domain/csv-import';
import { mayRecord, type Principal } from '@/domain/accounts';
import type { Observation } from '@/domain/schemas';
import { useToday } from '@/hooks/use-today';
import { ApiValidationError } from '@/lib/api/client';
import { departmentQueries, indicatorQueries } from '@/lib/api/queries';
import { useImportRows } from '../api/use-data-admin';

/** Larger than any honest import of MAX_IMPORT_ROWS rows; refused before it is read into memory. */
export const MAX_FILE_MB = 5;

/** What the file chooser can refuse before the CSV reader sees the file. */
export type PickIssue = FileIssue | { code: 'tooLarge' } | { code: 'notCsv' };

export interface Preview {
  fileName: string;
  rows: ImportRow[];
  report: ImportReport;
  observations: Map<number, Observation>;
}

/** A file as far as the browser can read it: its rows, or why it was refused. */
async function readFile(chosen: File): Promise<{ rows: ImportRow[] } | { issue: PickIssue }> {
  if (chosen.size > MAX_FILE_MB * 1024 * 1024) return { issue: { code: 'tooLarge' } };
  const bytes = new Uint8Array(await chosen.arrayBuffer());
  if (isWorkbook(bytes)) return { issue: { code: 'notCsv' } };
  const decoded = decodeCsv(bytes);
  if ('issue' in decoded) return decoded;
  return parseCsv(decoded.text);
}

/** `principal`: who imports, as the page's gate read it (null when the session could not be read). */
export function useCsvImport(principal: Principal | null) {
  const today = useToday();
  const indicators = useQuery(indicatorQueries.list());
  const departments = useQuery(departmentQueries.list());
  const importRows = useImportRows();
  const [file, setFile] = useState<{ name: string; rows: ImportRow[] } | null>(null);
  const [fileIssue, setFileIssue] = useState<PickIssue | null>(null);

  const choose = async (chosen: File | undefined) => {
    importRows.reset();
    setFile(null);
    setFileIssue(null);
    if (!chosen) return;
    const read = await readFile(chosen);
    if ('issue' in read) setFileIssue(read.issue);
    else setFile({ name: chosen.name, rows: read.rows });
  };

  // Checked against the indicators as the cache has them, whenever either changes.
  const preview = useMemo((): Preview | null => {
    if (!file || !indicators.data || !departments.data) return null;
    // A row another department owns is refused here already, as the API would refuse it.
    const validated = validateImportRows(
      file.rows,
      indicators.data.items,
      { today, departments: new Set(departments.data.map((d) => d.id)) },
      (indicator) => !principal || mayRecord(principal, indicator.ownerIds),
    );
    const observations = new Map<number, Observation>();
    for (const v of validated) if (v.observation) observations.set(v.report.row, v.observation);
    return {
      fileName: file.name,
      rows: file.rows,
      observations,
      report: summarise(validated, false),
    };
  }, [file, indicators.data, departments.data, today, principal]);

  const confirm = () => {
    if (!preview) return;
    importRows.mutate({ rows: preview.rows });
  };

  const cancel = () => {
    setFile(null);
    importRows.reset();
  };

  const serverReport =
    importRows.data ??
    (importRows.error instanceof ApiValidationError ? importRows.error.report : null);

  return {
    indicators,
    departments,
    fileIssue,
    preview,
    serverReport,
    importing: importRows.isPending,
    /** A failure with no report to show: the request itself failed. */
    sendError: importRows.isError && !serverReport ? importRows.error : null,
    choose,
    confirm,
    cancel,
  };
}
