// The figures the server sent with the page (`npm start`): a `<script type="application/json">`
// block, never executed, holding the first screen's API answers. Each is checked against the
// schema its query parses with and put in the query cache before the first render, so the first
// paint already carries the figures and no request waits on another.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { INITIAL_DATA_ELEMENT_ID, initialDataSchema } from '@/domain/initial-data';

export interface InitialQuery {
  queryKey: QueryKey;
  schema: { safeParse: (data: unknown) => { success: boolean } };
}

/**
 * Seeds the cache from the page's initial data block, for the API paths `queryFor` knows.
 * Returns how many resources it put in; none when the page has no block (the mock build, the dev
 * server) or the block does not parse.
 */
export function seedInitialData(
  client: QueryClient,
  doc: Pick<Document, 'getElementById'>,
  queryFor: (path: string) => InitialQuery | null,
): number {
  const text = doc.getElementById(INITIAL_DATA_ELEMENT_ID)?.textContent;
  if (!text) return 0;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 0;
  }
  return seedResources(client, json, queryFor);
}

/**
 * Seeds the cache from initial data already parsed from JSON: the client's from its page, the
 * server's when it draws the first screen into the page (src/app/render-page.tsx).
 */
export function seedResources(
  client: QueryClient,
  json: unknown,
  queryFor: (path: string) => InitialQuery | null,
): number {
  const parsed = initialDataSchema.safeParse(json);
  if (!parsed.success) return 0;
  const updatedAt = Date.parse(parsed.data.at);
  let seeded = 0;
  for (const [path, data] of Object.entries(parsed.data.resources)) {
    const query = queryFor(path);
    if (!query || !query.schema.safeParse(data).success) continue;
    client.setQueryData(query.queryKey, data, { updatedAt });
    seeded += 1;
  }
  return seeded;
}
