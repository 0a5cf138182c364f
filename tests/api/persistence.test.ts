// The mock backend keeps what analysts record in the browser's storage: it survives a reload,
// a reset restores the shipped data set, and stored data that does not fit is ignored.
import { describe, expect, it } from 'vitest';
import { DB_STORAGE_KEY, db } from '@mocks/db';
import { auditListResponseSchema } from '@/domain/audit';
import { indicatorSchema, type Observation } from '@/domain/schemas';
import { apiUrl } from '@/lib/api/client';

const observation: Observation = {
  date: '2026-10-31',
  value: 6.2e12,
  qualifier: 'about',
  provenance: { kind: 'illustrative' },
};

async function record() {
  const res = await fetch(apiUrl('/indicators/metro-gdp/observations'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ author: '王分析', observation }),
  });
  expect(res.status).toBe(201);
}

async function gdpValues() {
  const body = (await (await fetch(apiUrl('/indicators/metro-gdp'))).json()) as unknown;
  const gdp = indicatorSchema.parse(body);
  return gdp.kind === 'quantitative' ? gdp.observations.map((o) => o.value) : [];
}

async function auditAuthors() {
  const body = (await (await fetch(apiUrl('/indicators/metro-gdp/audit'))).json()) as unknown;
  return auditListResponseSchema.parse(body).items.map((e) => e.author);
}

describe('the mock backend’s storage', () => {
  it('keeps a recorded value and its audit entry across a reload', async () => {
    await record();
    db.reload();
    expect(await gdpValues()).toContain(6.2e12);
    expect(await auditAuthors()).toEqual(['王分析']);
  });

  it('forgets every change on reset, in memory and in storage', async () => {
    await record();
    const res = await fetch(apiUrl('/demo/reset'), { method: 'POST' });
    expect(res.status).toBe(204);
    expect(localStorage.getItem(DB_STORAGE_KEY)).toBeNull();
    db.reload();
    expect(await gdpValues()).not.toContain(6.2e12);
    expect(await auditAuthors()).toEqual([]);
  });

  it.each([
    ['saved against another data set', (s: string) => s.replace(/"seed":"[^"]+"/, '"seed":"old"')],
    [
      'hand-edited into something invalid',
      (s: string) => s.replace('"kind":"quantitative"', '"kind":"x"'),
    ],
    ['not JSON at all', () => '{oops'],
  ])('ignores storage %s, and serves the shipped data', async (_, spoil) => {
    await record();
    localStorage.setItem(DB_STORAGE_KEY, spoil(localStorage.getItem(DB_STORAGE_KEY)!));
    db.reload();
    expect(await gdpValues()).not.toContain(6.2e12);
  });
});
