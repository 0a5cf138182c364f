// A synthetic scale scenario: thousands of generated indicators for performance measurement.
// Never the default data; every value is illustrative and every name says it is synthetic.
import type { Indicator, QuantitativeIndicator, ThrustId } from '@/domain/schemas';
import { departments, indicators } from './index';

const THRUSTS: ThrustId[] = ['T1', 'T2', 'T3', 'T4'];

export function scaleIndicators(count: number): Indicator[] {
  const template = indicators.find((i): i is QuantitativeIndicator => i.id === 'metro-gdp');
  if (!template) throw new Error('the scale scenario needs the metro-gdp template');
  const owners = departments.map((d) => d.id);
  const generated: Indicator[] = [];
  for (let n = 1; n <= count; n += 1) {
    const code = String(n).padStart(4, '0');
    const factor = 0.5 + ((n * 37) % 100) / 100;
    generated.push({
      ...template,
      id: `synthetic-${code}`,
      factCode: undefined,
      headline: false,
      thrustId: THRUSTS[n % THRUSTS.length] ?? 'T1',
      thrustAssignment: 'dataset',
      name: { zh: `合成指标 ${code}（规模测试）`, en: `Synthetic indicator ${code} (scale test)` },
      description: {
        zh: '规模测试用的合成数据，非来源数据。',
        en: 'Synthetic data for scale testing; not from the source.',
      },
      ownerIds: [owners[n % owners.length] ?? 'gov-mayor'],
      ownerProvenance: 'illustrative',
      baseline: template.baseline && {
        ...template.baseline,
        value: template.baseline.value * factor,
        provenance: { kind: 'illustrative' },
      },
      targets: template.targets.map((t) => ({
        ...t,
        value: t.value * factor,
        provenance: { kind: 'illustrative' },
      })),
      observations: template.observations.map((o) => ({
        ...o,
        value: o.value * factor * (1 + ((n + o.value) % 7) / 100),
        provenance: { kind: 'illustrative' },
      })),
    });
  }
  return [...indicators, ...generated];
}
