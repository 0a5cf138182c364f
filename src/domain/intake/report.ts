// The intake's words for a terminal: proposals as a table, and a score with its misses.
import type { Proposal } from './schema';
import type { Miss, Score, ScoredField } from './score';

/** Columns a terminal gives a character: two for CJK and full-width forms, one otherwise. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

function fit(s: string, width: number): string {
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width) return `${out.slice(0, -1)}…${' '.repeat(Math.max(0, width - w))}`;
    out += ch;
    w += cw;
  }
  return out + ' '.repeat(width - w);
}

const show = (v: string | number | null) => (v === null || v === '' ? '–' : String(v));

/** The proposals as an aligned table, one per line, the quote cut to `quoteWidth` columns. */
export function proposalTable(proposals: readonly Proposal[], quoteWidth = 48): string {
  const header = [
    '#',
    '值 value',
    '单位 unit',
    '限定 qual.',
    '年 year',
    '类 kind',
    '发言人 speaker',
    '原文 quote',
  ];
  const rows = proposals.map((p, i) => [
    String(i + 1),
    show(p.value),
    show(p.unit),
    show(p.qualifier),
    show(p.year),
    p.kind,
    show(p.speaker),
    `@${p.offset} ${p.quote}`,
  ]);
  const widths = header.map((h, c) =>
    c === header.length - 1
      ? quoteWidth
      : Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => fit(cell, widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const FIELD_NAMES: Record<ScoredField, string> = {
  value: 'value',
  unit: 'unit',
  qualifier: 'qualifier',
  year: 'year',
  kind: 'kind',
  speaker: 'speaker',
};

function describeMiss({ figure, proposal, wrong }: Miss): string {
  const want = `${figure.value} ${show(figure.unit)} ${show(figure.qualifier)} ${show(figure.speaker)}`;
  if (!proposal) return `  not proposed: “${figure.at}” (${want})`;
  const got = wrong
    .filter((f) => f !== 'year' && f !== 'kind')
    .map((f) => `${FIELD_NAMES[f]} ${show(proposal[f])} ≠ ${show(figure[f])}`)
    .join(', ');
  return `  wrong: “${figure.at}”: ${got}`;
}

/** The score, the bars it is held to, and every miss and extra proposal. */
export function scoreReport(name: string, score: Score): string {
  const mark = (ok: boolean) => (ok ? 'meets' : 'BELOW');
  const lines = [
    `${name}: ${score.figures} figures by hand, ${score.proposals} proposals, ${score.found} found`,
    `  value, unit and qualifier right  ${score.valueUnitQualifier}/${score.figures}  ${pct(score.recall.valueUnitQualifier)}  (${mark(score.meets.valueUnitQualifier)} ≥ 95 %)`,
    `  speaker right                    ${score.right.speaker}/${score.figures}  ${pct(score.recall.speaker)}  (${mark(score.meets.speaker)} ≥ 90 %)`,
    `  proposals that are figures       ${score.real}/${score.proposals}  ${pct(score.precision)}  (${mark(score.meets.precision)} ≥ 85 %)`,
    `  per field: ${(['value', 'unit', 'qualifier', 'speaker', 'year', 'kind'] as const)
      .map((f) => `${f} ${score.right[f]}/${score.figures}`)
      .join(', ')} (year and kind are not held to a bar)`,
  ];
  if (score.misses.length) lines.push('misses:', ...score.misses.map(describeMiss));
  else lines.push('misses: none');
  const differs = score.matched.filter(
    ({ figure, proposal }) =>
      proposal && (figure.year !== proposal.year || figure.kind !== proposal.kind),
  );
  if (differs.length) {
    lines.push(
      'year or kind differs (not held to a bar):',
      ...differs.map(({ figure, proposal }) => {
        const parts = (['year', 'kind'] as const)
          .filter((f) => proposal && figure[f] !== proposal[f])
          .map((f) => `${f} ${show(proposal?.[f] ?? null)} ≠ ${show(figure[f])}`);
        return `  “${figure.at}”: ${parts.join(', ')}`;
      }),
    );
  }
  if (score.extra.length) {
    lines.push(
      'proposals that are not figures:',
      ...score.extra.map((p) => `  “${p.figure.text}” in “${p.quote}” (@${p.figure.offset})`),
    );
  }
  return lines.join('\n');
}
