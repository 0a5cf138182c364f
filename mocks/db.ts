// The mock API's in-memory database: a deep copy of the shipped data set, resettable between tests.
import type { Department, Indicator, Programme, Thrust } from '@/domain/schemas';
import * as seed from './data';

interface Tables {
  programme: Programme;
  thrusts: Thrust[];
  departments: Department[];
  indicators: Indicator[];
}

function fresh(): Tables {
  return structuredClone({
    programme: seed.programme,
    thrusts: seed.thrusts,
    departments: seed.departments,
    indicators: seed.indicators,
  });
}

let tables = fresh();

export const db = {
  get: (): Readonly<Tables> => tables,
  /** Replaces the indicators, e.g. with a synthetic scale scenario in a test. */
  setIndicators(indicators: Indicator[]): void {
    tables = { ...tables, indicators };
  },
  reset(): void {
    tables = fresh();
  },
};
