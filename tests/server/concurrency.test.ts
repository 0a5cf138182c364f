// Many analysts saving to one indicator at once, from the same version: exactly one save wins per
// version, every other one is told 412, and the records and audit entries add up (no lost update).
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

const save = (writer: number, basedOn: number, day: number) =>
  server.request('/api/indicators/key-labs/observations', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'If-Match': `"${basedOn}"` },
    body: JSON.stringify({
      author: `分析员${writer}`,
      observation: {
        date: `2026-0${1 + (day % 9)}-${String(1 + (writer % 28)).padStart(2, '0')}`,
        value: 30 + (writer % 5),
        qualifier: 'exact',
        provenance: { kind: 'illustrative' },
      },
    }),
  });

describe(`50 concurrent writers on one indicator (${DATABASE_KIND})`, () => {
  it('lets exactly one win per version, refuses the rest with 412, and loses no update', async () => {
    const rounds = 3;
    let wins = 0;
    for (let round = 0; round < rounds; round += 1) {
      const version = round + 1;
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, writer) => save(writer, version, round)),
      );
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(49);
      wins += 1;
    }
    const indicator = indicatorResponseSchema.parse(
      await (await server.request('/api/indicators/key-labs')).json(),
    );
    expect(indicator.version).toBe(rounds + 1);
    const audit = auditListResponseSchema.parse(
      await (await server.request('/api/indicators/key-labs/audit')).json(),
    );
    // One audit entry per winning save, each naming the version it made, none twice.
    expect(audit.items).toHaveLength(wins);
    expect(audit.items.map((e) => e.version)).toEqual([4, 3, 2]);
    // Every winner's record is on the indicator.
    if (indicator.kind !== 'quantitative') throw new Error('key-labs is a figure');
    for (const entry of audit.items) {
      expect(indicator.observations.map((o) => o.date)).toContain(entry.key);
    }
  });
});
