// The mock API answers like a real server: filtered lists, 400 for a bad parameter, 404 for an unknown id.
import { describe, expect, it } from 'vitest';
import {
  indicatorsResponseSchema,
  indicatorSchema,
  departmentsResponseSchema,
} from '@/domain/schemas';
import { apiUrl } from '@/lib/api/client';

async function get(path: string) {
  const res = await fetch(apiUrl(path));
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('mock API', () => {
  it('lists every indicator, valid against the schema', async () => {
    const { status, body } = await get('/indicators');
    expect(status).toBe(200);
    const parsed = indicatorsResponseSchema.parse(body);
    expect(parsed.total).toBe(parsed.items.length);
    expect(parsed.items.length).toBeGreaterThan(40);
  });

  it('filters by several departments, thrust, status and text', async () => {
    const byDept = indicatorsResponseSchema.parse(
      (await get('/indicators?dept=finance&dept=ndrc')).body,
    );
    expect(byDept.items.length).toBeGreaterThan(0);
    expect(byDept.items.every((i) => i.ownerIds.some((o) => o === 'finance' || o === 'ndrc'))).toBe(
      true,
    );

    const byThrust = indicatorsResponseSchema.parse((await get('/indicators?thrust=T3')).body);
    expect(byThrust.items.every((i) => i.thrustId === 'T3')).toBe(true);

    const byText = indicatorsResponseSchema.parse(
      (await get('/indicators?q=%E8%BD%A8%E9%81%93')).body,
    );
    expect(byText.items.map((i) => i.id)).toContain('rail-cluster-enterprises');

    const done = indicatorsResponseSchema.parse(
      (await get('/indicators?status=achieved&asOf=2026-11-26')).body,
    );
    expect(done.items.map((i) => i.id)).toContain('transfer-chain');
    expect(done.items.map((i) => i.id)).not.toContain('rail-cluster-enterprises');
  });

  it.each([
    ['/indicators?dept=nobody', 'dept: unknownDepartment "nobody"'],
    ['/indicators?thrust=T7', 'thrust: unknownThrust "T7"'],
    ['/indicators?status=fine', 'status: unknownStatus "fine"'],
    ['/indicators?asOf=2024-13-45', 'asOf: expected a date as YYYY-MM-DD'],
    ['/indicators?color=red', 'color: unknown parameter'],
  ])('answers 400 with a readable message for %s', async (path, message) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body).toEqual({
      error: { code: 'badParameter', message: expect.stringContaining(message) },
    });
  });

  it('answers one indicator with its observations, and 404 for an unknown id', async () => {
    const ok = await get('/indicators/metro-gdp');
    expect(ok.status).toBe(200);
    const gdp = indicatorSchema.parse(ok.body);
    expect(
      gdp.kind === 'quantitative' && gdp.observations.some((o) => o.provenance.kind === 'reported'),
    ).toBe(true);

    const missing = await get('/indicators/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'notFound', message: 'no indicator "nope"' } });
  });

  it('lists the six bodies the source names and the illustrative owners, flagged', async () => {
    const { items } = departmentsResponseSchema.parse((await get('/departments')).body);
    expect(items.filter((d) => d.provenance === 'reported')).toHaveLength(6);
    expect(
      items.filter((d) => d.provenance === 'illustrative').every((d) => !d.representative),
    ).toBe(true);
  });
});
