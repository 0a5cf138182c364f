// Assessed items for the view-shaping tests: an indicator with a status given outright, so a table
// of cases can say "off track, stale, F3" without building the observations that would cause it.
import type { Department, Indicator } from '@/domain/schemas';
import type { Assessment, Status } from '@/domain/status';
import type { Assessed } from '@/domain/views';

export function anAssessed(
  over: {
    id?: string;
    status?: Status | null;
    stale?: boolean;
    factCode?: string;
    thrustId?: Indicator['thrustId'];
    ownerIds?: string[];
    name?: { zh: string; en: string };
    dates?: string[];
  } = {},
): Assessed {
  const id = over.id ?? 'item';
  const indicator: Indicator = {
    kind: 'quantitative',
    id,
    ...(over.factCode ? { factCode: over.factCode } : {}),
    headline: false,
    thrustId: over.thrustId ?? 'T1',
    thrustAssignment: 'source',
    name: over.name ?? { zh: id, en: id },
    description: { zh: '说明', en: 'Description' },
    ownerIds: over.ownerIds ?? ['gov-mayor'],
    ownerProvenance: 'reported',
    commitment: {
      speaker: { zh: '陈之常', en: 'Chen Zhichang' },
      role: { zh: '市长', en: 'Mayor' },
      departmentId: 'gov-mayor',
      date: '2024-05-16',
      source: { zh: '南京发布', en: 'Nanjing Release' },
      event: { zh: '新闻发布会', en: 'Press conference' },
      quote: '示例',
    },
    cadence: 'annual',
    unit: { kind: 'count', label: { zh: '家', en: 'firms' } },
    direction: 'higherIsBetter',
    targets: [],
    observations: (over.dates ?? []).map((date) => ({
      date,
      value: 1,
      qualifier: 'exact' as const,
      provenance: { kind: 'illustrative' as const },
    })),
  };
  const assessment = {
    status: over.status === undefined ? 'onTrack' : over.status,
    stale: over.stale ?? false,
    illustrative: [],
  } as Pick<Assessment, 'status' | 'stale' | 'illustrative'> as Assessment;
  return { indicator, assessment };
}

export function aDepartment(id: string, zh: string, over: Partial<Department> = {}): Department {
  return {
    id,
    name: { zh, en: over.name?.en ?? id },
    shortName: { zh, en: id },
    provenance: 'reported',
    ...over,
  };
}
