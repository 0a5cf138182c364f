// What a record's id can look like (indicators, departments): the one rule every URL parameter
// and path segment that names a record is checked against before anything is requested.
import { z } from './zod';

export const recordIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));

/** Whether the text could be a record's id at all: lower-case letters, digits, hyphens. */
export function isRecordId(raw: string): boolean {
  return recordIdSchema.safeParse(raw).success;
}
