// The shape of the data a server sends with the page: the API's answers for the first screen,
// keyed by their API path (`/indicators`, `/indicators/metro-gdp`), and when they were read.
import { z } from './zod';

export const INITIAL_DATA_ELEMENT_ID = 'npf-initial-data';

export const initialDataSchema = z.object({
  /** When the server read them, as an ISO timestamp: the cache judges their age from it. */
  at: z.iso.datetime({ offset: true }),
  resources: z.record(z.string().check(z.regex(/^\/[\w/-]{1,120}$/)), z.unknown()),
});
export type InitialData = z.infer<typeof initialDataSchema>;

/**
 * The API paths a page needs on its first screen: the reference data and the indicator list on
 * every view, and the indicator itself on an indicator's page.
 */
export function initialPathsFor(pathname: string): string[] {
  const paths = ['/programme', '/thrusts', '/departments', '/indicators'];
  const indicator = /^\/indicators\/([a-z0-9-]{1,80})\/?$/.exec(pathname);
  if (indicator) paths.push(`/indicators/${indicator[1] ?? ''}`);
  return paths;
}

/**
 * The block as it goes into HTML: JSON in which nothing can close the script element or open a
 * comment (`<`, `>`, `&` and the line separators escaped), so text an analyst typed stays text.
 */
export function initialDataScript(data: InitialData): string {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/json" id="${INITIAL_DATA_ELEMENT_ID}">${json}</script>`;
}
