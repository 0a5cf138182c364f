// Which data the mock API will serve on this page, known before the mock layer loads: the app keeps
// the last fetched figures per data source (src/lib/query-persist.ts), so a scenario's figures
// never show on a page without it, nor the data set's on a fault scenario's page.
export const SCENARIO_KEY = 'npf-tracker:mock-scenario';

export function mockDataScope(search: string, session: Storage | null): string {
  const asked = new URLSearchParams(search).get('mock');
  if (asked === 'off' || asked === '') return 'mock';
  const name = asked ?? session?.getItem(SCENARIO_KEY) ?? null;
  return name ? `mock:${name}` : 'mock';
}
