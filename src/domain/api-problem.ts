// The body of every error answer: a code and a readable message, plus the refused fields of a
// 422 on a record, the per-row report of a refused import, or a 412's current record.
import { z } from './zod';
import { auditEntrySchema } from './audit';
import { indicatorSchema } from './schemas';
import { importReportSchema } from './import-schemas';
import { fieldIssueSchema } from './field-issue';

export const apiProblemSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(fieldIssueSchema)),
    report: z.optional(importReportSchema),
    /** 412: the record as it is now, and what was saved since the version the client had. */
    current: z.optional(indicatorSchema),
    changes: z.optional(z.array(auditEntrySchema)),
  }),
});
export type ApiProblem = z.infer<typeof apiProblemSchema>;
