// A 1,000-row import is one transaction: a server killed with SIGKILL while the request is in
// flight leaves every row or none once it has started again, and it starts cleanly; one killed the
// moment it answered 201 keeps every row. An undisturbed import is timed first, and the kills land
// at fractions of that time, each on the same data folder, so some land mid-write.
import { expect, test } from './fixtures';
import { apiSignIn, freePort } from './server-process';

/** The admin's session: kept in the database, so it outlives every restart below. */
let cookie = '';
const api = (url: string, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set('Cookie', cookie);
  return fetch(url, { ...init, headers });
};

const INDICATORS = ['key-labs', 'rail-cluster-enterprises', 'metro-gdp'] as const;
const VALUES = ['31', '140', '5.5万亿'];
const ROWS = 1000;
/** When to kill, as a fraction of an undisturbed import's time; null: as soon as it answers. */
const KILL_AT = [0.1, 0.5, 0.8, 0.95, null];

/** 1,000 illustrative rows over three indicators, each on its own date, none seen before. */
function importRows(attempt: number) {
  const start = Date.UTC(2010 + attempt * 2, 0, 1);
  return Array.from({ length: ROWS }, (_, i) => ({
    row: i + 2,
    cells: {
      indicator_id: INDICATORS[i % 3]!,
      date: new Date(start + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10),
      value: VALUES[i % 3]!,
      provenance: 'illustrative',
    },
  }));
}

/** What the API says is stored: observations and imported audit entries over the three. */
async function counts(url: string) {
  let observations = 0;
  let imported = 0;
  for (const id of INDICATORS) {
    const indicator = (await (await api(`${url}/api/indicators/${id}`)).json()) as {
      observations: unknown[];
    };
    observations += indicator.observations.length;
    const audit = (await (await api(`${url}/api/indicators/${id}/audit`)).json()) as {
      items: { via: string }[];
    };
    imported += audit.items.filter((e) => e.via === 'import').length;
  }
  return { observations, imported };
}

async function postImport(url: string, attempt: number): Promise<Response> {
  return api(`${url}/api/imports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rows: importRows(attempt) }),
  });
}

test('kill -9 during a 1,000-row import leaves all rows or none, and the server starts cleanly', async ({
  launch,
  dataDir,
}) => {
  const port = await freePort();
  let server = await launch({ dataDir }, port);
  cookie = await apiSignIn(server.url);

  // The control: undisturbed, the import is valid and writes every row.
  const start = await counts(server.url);
  const t0 = performance.now();
  const control = await postImport(server.url, 0);
  const took = performance.now() - t0;
  expect(control.status, await control.text()).toBe(201);
  expect((await counts(server.url)).observations - start.observations).toBe(ROWS);

  const outcomes: string[] = [`undisturbed: 201 in ${Math.round(took)} ms`];
  for (const [i, fraction] of KILL_AT.entries()) {
    const attempt = i + 1;
    const before = await counts(server.url);
    const sent = postImport(server.url, attempt).then(
      (r) => `answered ${r.status}`,
      () => 'killed in flight',
    );
    const delay = fraction === null ? null : Math.round(took * fraction);
    if (delay === null) await sent;
    else await new Promise((r) => setTimeout(r, delay));
    await server.kill();
    const inFlight = await sent;

    server = await launch({ dataDir }, port);
    const after = await counts(server.url);
    const added = after.observations - before.observations;
    const audited = after.imported - before.imported;
    const when = delay === null ? 'on its 201' : `${delay} ms in`;
    outcomes.push(`kill ${when}: ${inFlight}; ${added} rows stored`);
    expect([0, ROWS], `rows after a kill ${when}`).toContain(added);
    expect(audited, 'an audit entry for every stored row').toBe(added);
    // Confirmed is kept.
    if (inFlight === 'answered 201') expect(added).toBe(ROWS);

    // Started cleanly: ready, and it takes a write on an indicator the import touched.
    const current = await api(`${server.url}/api/indicators/key-labs`);
    const write = await api(`${server.url}/api/indicators/key-labs/observations`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'If-Match': current.headers.get('ETag') ?? '',
      },
      body: JSON.stringify({
        observation: {
          date: `2026-11-0${attempt}`,
          value: 30 + attempt,
          qualifier: 'exact',
          provenance: { kind: 'illustrative' },
        },
      }),
    });
    expect(write.status, await write.text()).toBe(201);
    expect(server.output()).not.toMatch(/"level":"error"/);
  }
  test.info().annotations.push({ type: 'outcomes', description: outcomes.join(' | ') });
  console.log(outcomes.join('\n'));
  // At least one kill must have hit the import while it ran, or the test proved nothing.
  expect(outcomes.some((o) => o.includes('killed in flight'))).toBe(true);
  expect(await server.stop()).toBe(0);
});
