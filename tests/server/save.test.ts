// One save writes several records, their audit entries in order, and one revision step, as one
// statement inside the import's transaction: checked here with rows for two indicators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditListResponseSchema } from '@/domain/audit';
import { indicatorResponseSchema } from '@/domain/schemas';
import { DATABASE_KIND, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const indicator = async (id: string) =>
  indicatorResponseSchema.parse(await (await server.request(`/api/indicators/${id}`)).json());
const listTag = async () => (await server.request('/api/indicators')).headers.get('ETag') ?? '';
const row = (row: number, id: string, date: string, value: number) => ({
  row,
  cells: { indicator_id: id, date, value: String(value), provenance: 'illustrative' },
});

describe(`an import of rows for two indicators (${DATABASE_KIND})`, () => {
  it('moves each record on one version, appends its entries in file order, and the revision once', async () => {
    const metro = await indicator('metro-gdp');
    if (metro.kind !== 'quantitative') throw new Error('metro-gdp is a figure');
    const latest = metro.observations.at(-1);
    if (!latest) throw new Error('metro-gdp has a value');
    const before = await listTag();

    const res = await server.request('/api/imports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        author: '王分析',
        rows: [
          row(2, 'key-labs', '2026-10-31', 31),
          row(3, 'metro-gdp', '2026-11-15', latest.value),
          row(4, 'key-labs', '2026-11-15', 32),
        ],
      }),
    });
    expect(res.status).toBe(201);

    const labs = await indicator('key-labs');
    expect(labs.version).toBe(2);
    expect((await indicator('metro-gdp')).version).toBe(2);
    if (labs.kind !== 'quantitative') throw new Error('key-labs is a figure');
    expect(labs.observations.map((o) => o.date)).toEqual(
      expect.arrayContaining(['2026-10-31', '2026-11-15']),
    );
    const audit = auditListResponseSchema.parse(
      await (await server.request('/api/indicators/key-labs/audit')).json(),
    );
    // Newest first: the file's later row was appended after the earlier one.
    expect(audit.items.map((e) => [e.key, e.version])).toEqual([
      ['2026-11-15', 2],
      ['2026-10-31', 2],
    ]);
    const revision = (tag: string) => Number(/^"r(\d+)-/.exec(tag)?.[1]);
    expect(revision(await listTag())).toBe(revision(before) + 1);
  });
});
