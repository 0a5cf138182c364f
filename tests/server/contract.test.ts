// One contract, two implementations: every endpoint and every error answer, asked of the server
// (its HTTP app on SQL) and of the mock API (MSW over the browser store), with the same answers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiProblemSchema } from '@/domain/api-problem';
import { auditListResponseSchema, changeResponseSchema } from '@/domain/audit';
import { importReportSchema } from '@/domain/import-schemas';
import {
  departmentsResponseSchema,
  indicatorResponseSchema,
  indicatorsResponseSchema,
  programmeResponseSchema,
  thrustsResponseSchema,
} from '@/domain/schemas';
import { contractTargets, json } from './contract-targets';

const contract = contractTargets();
const { targets } = contract;
const server = contract.server;

beforeAll(() => contract.start());
afterAll(() => contract.close());

const observation = (over: object = {}) => ({
  author: '王分析',
  observation: {
    date: '2026-10-31',
    value: 6.2e12,
    qualifier: 'about',
    provenance: { kind: 'illustrative' },
    ...over,
  },
});

const importRow = (row: number, cells: Record<string, string>) => ({ row, cells });

describe.each(targets)('the API contract: $name', (target) => {
  beforeEach(async () => {
    await target.reset();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    target.request(path, { headers });
  const errorOf = async (res: Response) => apiProblemSchema.parse(await res.json()).error;

  it('serves the programme, its thrusts and departments', async () => {
    expect(programmeResponseSchema.parse(await (await get('/programme')).json()).id).toBeTruthy();
    const thrusts = thrustsResponseSchema.parse(await (await get('/thrusts')).json());
    expect(thrusts.items.map((t) => t.id)).toEqual(['T1', 'T2', 'T3', 'T4']);
    const departments = departmentsResponseSchema.parse(await (await get('/departments')).json());
    expect(departments.items.length).toBeGreaterThan(5);
  });

  it('lists indicators with their versions, filters them, and tags the list', async () => {
    const res = await get('/indicators');
    expect(res.status).toBe(200);
    const list = indicatorsResponseSchema.parse(await res.json());
    expect(list.total).toBe(list.items.length);
    expect(list.items.every((i) => i.version === 1)).toBe(true);
    const tag = res.headers.get('ETag');
    expect(tag).toBeTruthy();
    expect((await get('/indicators', { 'If-None-Match': tag! })).status).toBe(304);

    const t3 = indicatorsResponseSchema.parse(await (await get('/indicators?thrust=T3')).json());
    expect(t3.items.length).toBeGreaterThan(0);
    expect(t3.items.every((i) => i.thrustId === 'T3')).toBe(true);
  });

  it.each([
    ['/indicators?dept=nobody', 'dept: unknownDepartment "nobody"'],
    ['/indicators?thrust=T7', 'thrust: unknownThrust "T7"'],
    ['/indicators?status=fine', 'status: unknownStatus "fine"'],
    ['/indicators?asOf=2024-13-45', 'asOf: expected a date as YYYY-MM-DD'],
    ['/indicators?color=red', 'color: unknown parameter'],
  ])('refuses %s with 400 and says why', async (path, message) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({
      code: 'badParameter',
      message: expect.stringContaining(message) as string,
    });
  });

  it('serves one indicator with its version as ETag, 304 when unchanged, 404 when unknown', async () => {
    const res = await get('/indicators/metro-gdp');
    expect(res.status).toBe(200);
    expect(indicatorResponseSchema.parse(await res.json()).version).toBe(1);
    expect(res.headers.get('ETag')).toBe('"1"');
    expect((await get('/indicators/metro-gdp', { 'If-None-Match': '"1"' })).status).toBe(304);
    const missing = await get('/indicators/no-such-thing');
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('notFound');
    expect((await get('/indicators/no-such-thing/audit')).status).toBe(404);
  });

  it('saves an observation based on the current version, with its audit entry', async () => {
    const res = await target.request(
      '/indicators/metro-gdp/observations',
      json(observation(), { 'If-Match': '"1"' }),
    );
    expect(res.status).toBe(201);
    const saved = changeResponseSchema.parse(await res.json());
    expect(saved.indicator.version).toBe(2);
    // The name the client sent is ignored: the audit trail names the signed-in account.
    expect(saved.audit).toMatchObject({
      author: '系统管理员',
      account: 'admin',
      version: 2,
      via: 'form',
    });
    expect(res.headers.get('ETag')).toBe('"2"');
    const audit = auditListResponseSchema.parse(
      await (await get('/indicators/metro-gdp/audit')).json(),
    );
    expect(audit.items.map((e) => e.author)).toEqual(['系统管理员']);
    // The list moved on too: the old tag no longer matches.
    const list = indicatorsResponseSchema.parse(await (await get('/indicators')).json());
    expect(list.items.find((i) => i.id === 'metro-gdp')?.version).toBe(2);
  });

  it('refuses a write based on an old version with 412, the current record and who changed it', async () => {
    await target.request(
      '/indicators/metro-gdp/observations',
      json(observation({ date: '2026-09-30' }), { 'If-Match': '"1"' }),
    );
    const res = await target.request(
      '/indicators/metro-gdp/observations',
      json({ ...observation(), author: '李分析' }, { 'If-Match': '"1"' }),
    );
    expect(res.status).toBe(412);
    const error = await errorOf(res);
    expect(error.code).toBe('versionMismatch');
    expect(error.current?.version).toBe(2);
    expect(error.changes?.map((c) => [c.author, c.key])).toEqual([['系统管理员', '2026-09-30']]);
    const audit = auditListResponseSchema.parse(
      await (await get('/indicators/metro-gdp/audit')).json(),
    );
    expect(audit.items).toHaveLength(1);
  });

  it.each([
    ['no If-Match', {}, 428, 'preconditionRequired'],
    ['an If-Match that is no version', { 'If-Match': 'yesterday' }, 400, 'badRequest'],
  ])('refuses a write with %s', async (_, headers, status, code) => {
    const res = await target.request(
      '/indicators/metro-gdp/observations',
      json(observation(), headers),
    );
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('refuses a body that is not JSON (400) and a write to an unknown indicator (404)', async () => {
    const bad = await target.request(
      '/indicators/metro-gdp/observations',
      json('{"oops', { 'If-Match': '"1"' }),
    );
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe('badRequest');
    const unknown = await target.request(
      '/indicators/nothing-here/observations',
      json(observation(), { 'If-Match': '"1"' }),
    );
    expect(unknown.status).toBe(404);
  });

  it.each([
    ['a date before 2000', { date: '0001-01-01' }, 'date', 'tooEarly'],
    ['a future date', { date: '2999-01-01' }, 'date', 'futureDate'],
    ['a value outside the plausible range', { value: 6.2e15 }, 'value', 'outOfRange'],
    ['a value that is text', { value: '5万亿' }, 'value', 'notANumber'],
    [
      'a note longer than the form allows',
      { note: { zh: '长'.repeat(2001), en: 'x' } },
      'note',
      'tooLong',
    ],
  ])('refuses %s with 422, naming the field', async (_, over, path, code) => {
    const res = await target.request(
      '/indicators/metro-gdp/observations',
      json(observation(over), { 'If-Match': '"1"' }),
    );
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('invalidRecord');
    expect(error.issues).toContainEqual(expect.objectContaining({ path, code }));
    expect((await get('/indicators/metro-gdp')).headers.get('ETag')).toBe('"1"');
  });

  it('records a milestone update, and refuses one for a figure (wrong kind)', async () => {
    const update = {
      author: '王分析',
      update: { date: '2026-11-01', state: 'done', provenance: { kind: 'illustrative' } },
    };
    const ok = await target.request(
      '/indicators/transfer-chain/milestone-updates',
      json(update, { 'If-Match': '"1"' }),
    );
    expect(ok.status).toBe(201);
    const wrong = await target.request(
      '/indicators/metro-gdp/milestone-updates',
      json(update, { 'If-Match': '"1"' }),
    );
    expect(wrong.status).toBe(422);
    expect((await errorOf(wrong)).issues).toContainEqual(
      expect.objectContaining({ code: 'wrongKind' }),
    );
  });

  it('imports all rows in one go, or none with a report of each row', async () => {
    const good = importRow(2, {
      indicator_id: 'key-labs',
      date: '2026-09-30',
      value: '31',
      provenance: 'illustrative',
    });
    const bad = importRow(3, {
      indicator_id: 'key-labs',
      date: '2026-08-31',
      value: ' =1+1',
      provenance: 'illustrative',
    });
    const refused = await target.request('/imports', json({ author: '王分析', rows: [good, bad] }));
    expect(refused.status).toBe(422);
    const error = await errorOf(refused);
    expect(error.code).toBe('importRejected');
    expect(error.report?.rows.map((r) => r.status)).toEqual(['accepted', 'rejected']);
    expect(error.report?.rows[1]?.issues).toContainEqual(
      expect.objectContaining({ path: 'value', code: 'formulaLike' }),
    );
    expect((await get('/indicators/key-labs')).headers.get('ETag')).toBe('"1"');

    const written = await target.request('/imports', json({ author: '王分析', rows: [good] }));
    expect(written.status).toBe(201);
    expect(importReportSchema.parse(await written.json())).toMatchObject({
      written: true,
      accepted: 1,
    });
    expect((await get('/indicators/key-labs')).headers.get('ETag')).toBe('"2"');
  });

  it('refuses an import that is not JSON (400) or not an import (422)', async () => {
    expect((await target.request('/imports', json('nope'))).status).toBe(400);
    const res = await target.request('/imports', json({ author: '', rows: [] }));
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('invalidRequest');
  });

  it('answers an unknown endpoint with 404 in the API’s error shape', async () => {
    const res = await get('/nothing');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('notFound');
  });
});

describe('what only one side has', () => {
  it('the server has no demo reset: nobody can wipe the audit trail over HTTP', async () => {
    const res = await server().request('/api/demo/reset', { method: 'POST' });
    expect(res.status).toBe(404);
  });

  it('the mock API resets the demo data', async () => {
    const res = await targets[1]!.request('/demo/reset', { method: 'POST' });
    expect(res.status).toBe(204);
  });
});
