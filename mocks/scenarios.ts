// Scenarios for the mock API, chosen in mock mode with `?mock=<name>` on any page (remembered for
// the tab) and never active by default; `?mock=off` ends one. `scale` serves 2,000 synthetic
// indicators besides the data set; the fault scenarios (mocks/handlers/faults.ts) make it misbehave.
import { db } from './db';
import { scaleIndicators } from '@/data-set/scale';
import { FAULTS, faultHandlers, type FaultName, type FaultOptions } from './handlers/faults';
import { SCENARIO_KEY as KEY } from './scenario-scope';

export const SCENARIOS = ['scale', ...FAULTS] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

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

export function isFault(name: ScenarioName | null): name is FaultName {
  return name !== null && (FAULTS as readonly string[]).includes(name);
}

/** Data a scenario changes in the database (none for the faults, which answer in front of it). */
export function applyScenario(name: ScenarioName | null): void {
  if (name === 'scale') db.setIndicators(scaleIndicators(2000));
}

/** The handlers a scenario puts in front of the happy path. */
export function scenarioHandlers(name: ScenarioName | null, options: FaultOptions = {}) {
  return isFault(name) ? faultHandlers(name, options) : [];
}
