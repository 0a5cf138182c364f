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
import { assess, countByStatus, meetsTarget } from '@/domain/status';
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
      F4: [3500, 'nearly', '2024-05-16'],
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
    // 初步构建形成: initially formed and to be improved further, not finished.
    const f6Reported = f6.updates.find((u) => u.provenance.kind === 'reported');
    expect(f6Reported?.state).toBe('inProgress');
    expect(f6Reported?.note?.zh).toContain('初步构建形成');
  });

  it('keeps the source’s qualifiers: 近 is nearly, 前十 is within the top ten', () => {
    const reportedAs = (id: string) => {
      const ind = indicators.find((i) => i.id === id);
      if (ind?.kind !== 'quantitative') throw new Error(`${id} is not quantitative`);
      return ind.observations
        .filter((o) => o.provenance.kind === 'reported')
        .map((o) => [o.value, o.qualifier]);
    };
    expect(reportedAs('yrd-tech-needs')).toEqual([[3500, 'nearly']]);
    expect(reportedAs('yrd-coop-results')).toEqual([[400, 'nearly']]);
    expect(reportedAs('best-reputation-rank')).toEqual([[10, 'withinTop']]);
    // every 近 in a quote is a "nearly", every 约 an "about", in the figure it reports
    for (const i of indicators) {
      if (i.kind !== 'quantitative') continue;
      for (const o of i.observations) {
        if (o.provenance.kind !== 'reported') continue;
        const quote = o.provenance.citation.quote;
        if (/近\d/.test(quote)) expect(o.qualifier, i.id).toBe('nearly');
        if (/约\d/.test(quote)) expect(o.qualifier, i.id).toBe('about');
        if (/前十/.test(quote)) expect(o.qualifier, i.id).toBe('withinTop');
      }
    }
  });

  it('has the two items the source adds in its answers: the pilot zone’s year and the three-year plan', () => {
    const zone = indicators.find((i) => i.id === 'sci-fin-pilot-zone');
    if (zone?.kind !== 'milestone') throw new Error('sci-fin-pilot-zone is not a milestone');
    const year = zone.updates.find((u) => u.provenance.kind === 'reported');
    expect(year?.provenance.kind === 'reported' && year.provenance.citation.quote).toContain(
      '一年多',
    );
    expect(year?.provenance.kind === 'reported' && year.provenance.citation.departmentId).toBe(
      'finance',
    );
    const plan = indicators.find((i) => i.id === 'industry-three-year-plan');
    expect(plan?.commitment.quote).toContain('产业强市三年行动计划');
    // the plan is named in the journalist's question, cited as such, not as the vice-mayor's words
    expect(plan?.commitment.speaker.zh).toBe('记者提问');
    expect(plan?.commitment.departmentId).toBe('gov-sti');
  });

  it('marks every target date, since the source states none', () => {
    for (const i of indicators) {
      if (i.kind === 'milestone') {
        expect(i.due.provenance.kind, i.id).toBe('illustrative');
        continue;
      }
      for (const t of i.targets) {
        expect((t.dateProvenance ?? t.provenance).kind, `${i.id} ${t.date}`).toBe('illustrative');
      }
    }
  });

  it('never makes a commitment achieved by an illustrative target drawn around a known figure', () => {
    for (const i of indicators) {
      if (i.kind !== 'quantitative') continue;
      for (const t of i.targets.filter((t) => t.provenance.kind === 'illustrative')) {
        const known = i.observations.filter((o) => o.date <= t.setOn);
        const metAlready = known.some((o) => meetsTarget(o.value, t, i.direction));
        expect(metAlready, `${i.id}: target ${t.value} set ${t.setOn}`).toBe(false);
      }
    }
  });

  it('gives context figures no target and no status', () => {
    const context = indicators.filter((i) => i.kind === 'quantitative' && i.context);
    expect(context.map((i) => i.id).sort()).toEqual([
      'benchmark-city-years',
      'best-reputation-rank',
      'metro-population',
      'relay-finance-instruments',
      'sci-fin-measures',
    ]);
    for (const i of context) {
      expect(i.kind === 'quantitative' && i.targets, i.id).toEqual([]);
      expect(assess(i, '2026-11-26').status, i.id).toBeNull();
    }
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
