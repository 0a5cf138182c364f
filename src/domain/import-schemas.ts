// The wire format of a CSV import: rows sent, and the report that comes back.
import { z } from './zod';
import { authorSchema, fieldIssueSchema } from './field-issue';

export const MAX_IMPORT_ROWS = 1000;

export const importRowSchema = z.object({
  /** The spreadsheet row (the header is row 1). */
  row: z.int().check(z.minimum(2)),
  cells: z.record(z.string(), z.string().check(z.maxLength(4000))),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importRequestSchema = z.object({
  author: authorSchema,
  rows: z.array(importRowSchema).check(z.minLength(1), z.maxLength(MAX_IMPORT_ROWS)),
});
export type ImportRequest = z.infer<typeof importRequestSchema>;

/** One row's verdict; an issue's `path` is the column it is about. */
export const importRowReportSchema = z.object({
  row: z.int(),
  indicatorId: z.string(),
  status: z.enum(['accepted', 'rejected']),
  issues: z.array(fieldIssueSchema),
});
export type ImportRowReport = z.infer<typeof importRowReportSchema>;

export const importReportSchema = z.object({
  /** False when any row was refused: the import is all or nothing. */
  written: z.boolean(),
  accepted: z.int().check(z.nonnegative()),
  rejected: z.int().check(z.nonnegative()),
  rows: z.array(importRowReportSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;
