import { describe, expect, it } from 'vitest';
import { anAssessed } from '../../tests/assessed';
import { aCitation, aMilestone, aMilestoneUpdate } from '../../tests/factories';
import type { Citation, Indicator } from './schemas';
import { figureCitation, shownRecord, sourceGroups } from './sources';

const cite = (speaker: string, source = '南京发布', date = '2024-05-16'): Citation => ({
  speaker: { zh: speaker, en: speaker },
  role: { zh: '', en: '' },
  departmentId: 'gov-mayor',
  date,
  source: { zh: source, en: source },
  event: { zh: '发布会', en: 'Press conference' },
  quote: '示例',
});

describe('sourceGroups', () => {
  it('says each publication and date once, with its speakers once each, in order', () => {
    const groups = sourceGroups([
      cite('陈之常'),
      cite('钱维'),
      cite('陈之常'),
      cite('操文荣', '新华日报', '2024-06-01'),
    ]);
    expect(groups.map((g) => [g.source.zh, g.date, g.speakers.map((s) => s.zh)])).toEqual([
      ['南京发布', '2024-05-16', ['陈之常', '钱维']],
      ['新华日报', '2024-06-01', ['操文荣']],
    ]);
  });
});

describe('figureCitation', () => {
  const withFigures = (figures: [string, Citation | null][]): Indicator => {
    const { indicator } = anAssessed({ id: 'x' });
    if (indicator.kind !== 'quantitative') throw new Error('quantitative expected');
    return {
      ...indicator,
      commitment: cite('承诺人'),
      observations: figures.map(([date, c]) => ({
        date,
        value: 1,
        qualifier: 'exact' as const,
        provenance: c
          ? { kind: 'reported' as const, citation: c }
          : { kind: 'illustrative' as const },
      })),
    };
  };
  it.each([
    [
      'a reported figure cites its own source',
      [['2024-05-16', cite('钱维')]],
      'latest',
      '钱维',
      false,
    ],
    [
      'an illustrative figure cites the commitment, marked',
      [['2024-05-16', null]],
      'latest',
      '承诺人',
      true,
    ],
    [
      'the source’s own figure is preferred over a later illustrative one when asked',
      [
        ['2024-05-16', cite('钱维')],
        ['2025-01-01', null],
      ],
      'reported',
      '钱维',
      false,
    ],
    ['no figure: the commitment, nothing made up', [], 'latest', '承诺人', false],
  ] as const)('%s', (_case, figures, prefer, speaker, illustrative) => {
    const result = figureCitation(
      withFigures([...figures] as [string, Citation | null][]),
      '2025-06-01',
      prefer,
    );
    expect([result.citation.speaker.zh, result.illustrative]).toEqual([speaker, illustrative]);
  });
});

describe('shownRecord', () => {
  it('leads a milestone with the source’s own state, not a later illustrative one', () => {
    const milestone = aMilestone({
      updates: [
        aMilestoneUpdate('2024-05-16', 'inProgress', {
          provenance: { kind: 'reported', citation: aCitation() },
        }),
        aMilestoneUpdate('2026-06-30', 'done'),
      ],
    });
    expect(shownRecord(milestone, '2026-11-26', 'reported')?.date).toBe('2024-05-16');
    expect(shownRecord(milestone, '2026-11-26', 'latest')?.date).toBe('2026-06-30');
  });
});
