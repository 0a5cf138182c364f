// The body of every error answer: a code and a readable message, plus the refused fields of a
// 422 on a record, or the per-row report of a refused import.
import { z } from './zod';
import { importReportSchema } from './import-schemas';
import { fieldIssueSchema } from './entry';

export const apiProblemSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(fieldIssueSchema)),
    report: z.optional(importReportSchema),
  }),
});
export type ApiProblem = z.infer<typeof apiProblemSchema>;
