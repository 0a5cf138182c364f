// Scenarios for the mock API, chosen in mock mode with `?mock=<name>` on any page (remembered for
// the tab) and never active by default. `scale` serves 2,000 synthetic indicators besides the data set.
import { db } from './db';
import { scaleIndicators } from './data/scale';

export const SCENARIOS = ['scale'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

const KEY = 'npf-tracker:mock-scenario';

/** Reads the scenario from the URL (`?mock=`), or the one this tab chose before; `?mock=off` ends it. */
export function chooseScenario(search: string, session: Storage | null): ScenarioName | null {
  const asked = new URLSearchParams(search).get('mock');
  if (asked === 'off' || asked === '') {
    session?.removeItem(KEY);
    return null;
  }
  const name = asked ?? session?.getItem(KEY) ?? null;
  if (!name || !(SCENARIOS as readonly string[]).includes(name)) return null;
  session?.setItem(KEY, name);
  return name as ScenarioName;
}

export function applyScenario(name: ScenarioName | null): void {
  if (name === 'scale') db.setIndicators(scaleIndicators(2000));
}
