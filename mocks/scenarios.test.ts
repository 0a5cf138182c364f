import { describe, expect, it } from 'vitest';
import { FAULTS } from './handlers/faults';
import { chooseScenario, scenarioHandlers } from './scenarios';

function session(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
}

describe('choosing a mock scenario', () => {
  it('is never on by default', () => {
    expect(chooseScenario('', session())).toBeNull();
    expect(scenarioHandlers(null)).toEqual([]);
  });

  it.each(FAULTS)('turns on "%s" from the URL and remembers it for the tab', (name) => {
    const tab = session();
    expect(chooseScenario(`?mock=${name}`, tab)).toBe(name);
    expect(chooseScenario('?dept=finance', tab)).toBe(name);
    expect(scenarioHandlers(name).length).toBeGreaterThan(0);
  });

  it('ends with ?mock=off', () => {
    const tab = session();
    chooseScenario('?mock=500', tab);
    expect(chooseScenario('?mock=off', tab)).toBeNull();
    expect(chooseScenario('', tab)).toBeNull();
  });

  it.each(['<script>', 'drop-table', '5OO', 'x'.repeat(500)])('ignores an unknown name %#', (n) => {
    expect(chooseScenario(`?mock=${encodeURIComponent(n)}`, session())).toBeNull();
  });
});
