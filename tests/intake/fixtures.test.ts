// The intake's honest score on two texts whose figures were written out by hand: the shipped
// source text (a press conference with speaker turns) and an invented news report without turns.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proposeFigures } from '@/domain/intake/extract';
import { fixtureSchema, scoreProposals, TARGETS } from '@/domain/intake/score';

const here = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/intake');

function scored(name: string) {
  const fixture = fixtureSchema.parse(JSON.parse(readFileSync(join(here, name), 'utf8')));
  const text = readFileSync(join(here, fixture.text), 'utf8');
  return {
    fixture,
    text,
    score: scoreProposals(text, fixture.figures, proposeFigures(text, { date: fixture.date })),
  };
}

describe.each(['source-text.figures.json', 'news-report.figures.json'])('%s', (name) => {
  it('meets the issue’s bars on value, unit and qualifier, speaker and precision', () => {
    const { score } = scored(name);
    expect(score.recall.valueUnitQualifier).toBeGreaterThanOrEqual(TARGETS.valueUnitQualifier);
    expect(score.recall.speaker).toBeGreaterThanOrEqual(TARGETS.speaker);
    expect(score.precision).toBeGreaterThanOrEqual(TARGETS.precision);
  });
});

describe('the source text’s fixture', () => {
  it('holds the data set’s reported figures, each with its speaker', () => {
    const { fixture } = scored('source-text.figures.json');
    const find = (at: string) => fixture.figures.find((f) => f.at.includes(at));
    expect(find('5万亿')).toMatchObject({
      value: 5,
      unit: '万亿',
      qualifier: '超',
      speaker: '陈之常',
    });
    expect(find('近3500')).toMatchObject({ value: 3500, qualifier: '近' });
    expect(find('前十')).toMatchObject({ value: 10, unit: '', qualifier: '前', speaker: '钱维' });
    expect(find('第63位')).toMatchObject({
      value: 63,
      unit: '位',
      qualifier: '第',
      speaker: '操文荣',
    });
    expect(find('七个')).toMatchObject({ value: 7, speaker: '记者' });
  });

  it('is the shipped source text, unchanged', () => {
    const { text } = scored('source-text.figures.json');
    expect(text).toBe(readFileSync(join(here, '../../../src/data-set/source-text.zh.txt'), 'utf8'));
    expect(text).toContain('金融综合竞争力全国第7,全球金融中心指数排名第63位');
  });
});
