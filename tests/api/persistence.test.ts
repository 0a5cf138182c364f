// The mock backend keeps what analysts record in the browser's storage: it survives a reload, is
// shared with the browser's other tabs, and a reset restores the shipped data set. What storage
// refuses is an error, never "saved"; what storage holds but cannot be read is reported, never
// silently replaced by the shipped data.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signInAs } from '@tests/sign-in';
import { DB_STORAGE_KEY, db } from '@mocks/db';
import { apiProblemSchema } from '@/domain/api-problem';
import { auditListResponseSchema } from '@/domain/audit';
import { indicatorSchema, type Observation } from '@/domain/schemas';
import { apiUrl } from '@/lib/api/client';

const observation: Observation = {
  date: '2026-10-31',
  value: 6.2e12,
  qualifier: 'about',
  provenance: { kind: 'illustrative' },
};

function record(basedOn = 1) {
  return fetch(apiUrl('/indicators/metro-gdp/observations'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'If-Match': `"${basedOn}"` },
    body: JSON.stringify({ author: '王分析', observation }),
  });
}

async function gdp() {
  const res = await fetch(apiUrl('/indicators/metro-gdp'));
  expect(res.status).toBe(200);
  const found = indicatorSchema.parse(await res.json());
  return {
    version: found.version,
    values: found.kind === 'quantitative' ? found.observations.map((o) => o.value) : [],
  };
}

async function auditAuthors() {
  const body = (await (await fetch(apiUrl('/indicators/metro-gdp/audit'))).json()) as unknown;
  return auditListResponseSchema.parse(body).items.map((e) => e.author);
}

describe('the mock backend’s storage', () => {
  beforeEach(async () => {
    await signInAs('admin');
  });

  it('keeps a recorded value and its audit entry across a reload', async () => {
    expect((await record()).status).toBe(201);
    db.reload();
    expect((await gdp()).values).toContain(6.2e12);
    // The audit trail names the signed-in account, not the author the request sent.
    expect(await auditAuthors()).toEqual(['系统管理员']);
  });

  it('forgets every change on reset, in memory and in storage', async () => {
    await record();
    const res = await fetch(apiUrl('/demo/reset'), { method: 'POST' });
    expect(res.status).toBe(204);
    expect(localStorage.getItem(DB_STORAGE_KEY)).toBeNull();
    db.reload();
    expect((await gdp()).values).not.toContain(6.2e12);
    expect(await auditAuthors()).toEqual([]);
  });

  it('answers 507 when the browser refuses to store a change, and keeps nothing of it', async () => {
    const refusal = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const res = await record();
    expect(res.status).toBe(507);
    const { error } = apiProblemSchema.parse(await res.json());
    expect(error.code).toBe('storageFailed');
    expect(error.message).toMatch(/nothing was saved/);
    expect((await gdp()).values).not.toContain(6.2e12);
    refusal.mockRestore();
    db.reload();
    expect((await gdp()).values).not.toContain(6.2e12);
    expect(await auditAuthors()).toEqual([]);
  });

  it.each([
    [
      'saved against another data set',
      (s: string) => s.replace(/"seed":"[^"]+"/, '"seed":"old"'),
      /another version of the data set/,
    ],
    [
      'hand-edited into something invalid',
      (s: string) => s.replace('"kind":"quantitative"', '"kind":"x"'),
      /cannot be read/,
    ],
    ['cut short', (s: string) => s.slice(0, s.length / 2), /cannot be read/],
  ])(
    'reports storage %s instead of serving the shipped data, until reset',
    async (_, spoil, why) => {
      await record();
      localStorage.setItem(DB_STORAGE_KEY, spoil(localStorage.getItem(DB_STORAGE_KEY)!));
      db.reload();
      const res = await fetch(apiUrl('/indicators/metro-gdp'));
      expect(res.status).toBe(500);
      const { error } = apiProblemSchema.parse(await res.json());
      expect(error.code).toBe('storeCorrupt');
      expect(error.message).toMatch(why);
      // Nothing is written over it either.
      expect((await record()).status).toBe(500);

      expect((await fetch(apiUrl('/demo/reset'), { method: 'POST' })).status).toBe(204);
      expect((await gdp()).values).not.toContain(6.2e12);
    },
  );

  it('sees another tab’s write, and refuses a write based on what was there before (412)', async () => {
    // Another tab of this browser saves a value: its copy of the store is what storage now holds.
    expect((await record()).status).toBe(201);
    const otherTabs = localStorage.getItem(DB_STORAGE_KEY)!;
    db.reset();
    expect((await gdp()).version).toBe(1);
    localStorage.setItem(DB_STORAGE_KEY, otherTabs);

    // This tab, which saw version 1, reads the other tab's value on its next request…
    expect(await gdp()).toEqual({
      version: 2,
      values: expect.arrayContaining([6.2e12]) as unknown,
    });
    // …and a save based on version 1 is refused rather than written over it.
    const res = await record(1);
    expect(res.status).toBe(412);
    // The audit trail names the signed-in account, not the author the request sent.
    expect(await auditAuthors()).toEqual(['系统管理员']);
  });
});
