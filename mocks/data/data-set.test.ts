import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  departmentSchema,
  indicatorSchema,
  programmeSchema,
  thrustSchema,
  type Citation,
  type Indicator,
} from '@/domain/schemas';
import { assess, countByStatus } from '@/domain/status';
import { departments, indicators, programme, thrusts } from './index';

// The source's full text ships beside the data (a copy of shared/seed), so a fresh clone can check
// every quote. (The base is held in a variable because Vite rewrites the literal
// `new URL('…', import.meta.url)` into a dev-server asset URL.)
const here = import.meta.url;
const seedUrl = new URL('./source-text.zh.txt', here);
const seed = readFileSync(fileURLToPath(seedUrl.href), 'utf8');

/** Whitespace removed, curly quotes made straight. */
const normalise = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'");

const isCitation = (v: unknown): v is Citation =>
  typeof v === 'object' && v !== null && 'quote' in v && 'speaker' in v && 'departmentId' in v;

/** Every citation anywhere in `value`. */
function citationsIn(value: unknown, found: Citation[] = []): Citation[] {
  if (isCitation(value)) found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => citationsIn(v, found));
  else if (typeof value === 'object' && value !== null)
    Object.values(value).forEach((v) => citationsIn(v, found));
  return found;
}

const allCitations = citationsIn({ programme, thrusts, indicators });
const departmentIds = new Set(departments.map((d) => d.id));
const FACTS = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8'];

describe('the data set', () => {
  it('parses with the schemas', () => {
    expect(() => programmeSchema.parse(programme)).not.toThrow();
    for (const t of thrusts) expect(() => thrustSchema.parse(t), t.id).not.toThrow();
    for (const d of departments) expect(() => departmentSchema.parse(d), d.id).not.toThrow();
    for (const i of indicators) {
      const parsed = indicatorSchema.safeParse(i);
      expect(parsed.success, `${i.id}: ${parsed.error?.message}`).toBe(true);
    }
    expect(thrusts.map((t) => t.id)).toEqual(['T1', 'T2', 'T3', 'T4']);
  });

  it('has unique ids', () => {
    const ids = indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(departmentIds.size).toBe(departments.length);
  });

  it('has exactly one headline indicator per fact F1–F8, and none elsewhere', () => {
    for (const code of FACTS) {
      const headlines = indicators.filter((i) => i.factCode === code && i.headline);
      expect(
        headlines.map((i) => i.id),
        code,
      ).toHaveLength(1);
    }
    expect(indicators.filter((i) => i.headline && !i.factCode)).toEqual([]);
  });

  it('keeps the headline figures exactly as the source reports them', () => {
    const expected: Record<string, [number, string, string]> = {
      F1: [5e12, 'over', '2023-12-31'],
      F2: [35_000_000, 'over', '2023-12-31'],
      F3: [1500, 'over', '2024-05-16'],
      F4: [3500, 'about', '2024-05-16'],
      F5: [138, 'exact', '2024-05-16'],
      F7: [3, 'exact', '2023-12-31'],
      F8: [7, 'exact', '2024-05-16'],
    };
    for (const [code, [value, qualifier, date]] of Object.entries(expected)) {
      const ind = indicators.find((i) => i.factCode === code && i.headline);
      if (ind?.kind !== 'quantitative') throw new Error(`${code} headline is not quantitative`);
      const rep = ind.observations.filter((o) => o.provenance.kind === 'reported');
      expect(
        rep.map((o) => [o.value, o.qualifier, o.date]),
        code,
      ).toEqual([[value, qualifier, date]]);
    }
    const f6 = indicators.find((i) => i.factCode === 'F6' && i.headline);
    if (f6?.kind !== 'milestone') throw new Error('F6 headline is not a milestone');
    expect(f6.updates.find((u) => u.provenance.kind === 'reported')?.state).toBe('done');
  });

  it('quotes the source verbatim', () => {
    const text = normalise(seed);
    expect(allCitations.length).toBeGreaterThan(indicators.length);
    for (const c of allCitations) expect(text, c.quote).toContain(normalise(c.quote));
  });

  it('cites and assigns only known departments', () => {
    for (const c of allCitations) expect(departmentIds, c.quote).toContain(c.departmentId);
    for (const i of indicators)
      for (const id of i.ownerIds) expect(departmentIds, i.id).toContain(id);
  });

  it('cites only the bodies the source names', () => {
    const named = new Set(departments.filter((d) => d.provenance === 'reported').map((d) => d.id));
    for (const c of allCitations) expect(named, c.quote).toContain(c.departmentId);
  });

  it('gives every department at least two indicators', () => {
    for (const d of departments) {
      const owned = indicators.filter((i) => i.ownerIds.includes(d.id));
      expect(owned.length, d.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('marks every assignment to an illustrative department as illustrative', () => {
    const illustrative = new Set(
      departments.filter((d) => d.provenance === 'illustrative').map((d) => d.id),
    );
    for (const i of indicators)
      if (i.ownerIds.some((id) => illustrative.has(id)))
        expect(i.ownerProvenance, i.id).toBe('illustrative');
    for (const d of departments.filter((d) => d.provenance === 'illustrative'))
      expect(d.representative, d.id).toBeUndefined();
  });

  it('gives a varied status mix on 2026-11-26', () => {
    const today = '2026-11-26';
    const counts = countByStatus(indicators.map((i) => assess(i, today)));
    expect(counts.achieved).toBeGreaterThanOrEqual(3);
    expect(counts.onTrack).toBeGreaterThanOrEqual(3);
    expect(counts.atRisk).toBeGreaterThanOrEqual(3);
    expect(counts.offTrack).toBeGreaterThanOrEqual(3);
    expect(counts.insufficientData).toBeGreaterThanOrEqual(2);
    expect(counts.stale).toBeGreaterThanOrEqual(4);
    for (const t of thrusts) {
      const inThrust = indicators.filter((i: Indicator) => i.thrustId === t.id);
      const statuses = new Set(inThrust.map((i) => assess(i, today).status));
      expect(statuses.size, t.id).toBeGreaterThanOrEqual(2);
    }
  });
});
