import { describe, expect, it } from 'vitest';
import { isRecordId } from './ids';
import { listParam, shortened, unknownParams } from './url-params';

describe('a record id, wherever a URL names one', () => {
  it.each([
    ['metro-gdp', true],
    ['finance', true],
    ['a'.repeat(80), true],
    ['a'.repeat(81), false],
    ['', false],
    ['Metro-GDP', false],
    ['metro_gdp', false],
    ['<b>x</b>', false],
  ])('%j is an id: %s', (raw, expected) => {
    expect(isRecordId(raw)).toBe(expected);
  });
});

describe('list parameters', () => {
  it.each([
    ['dept=a&dept=b', ['a', 'b']],
    ['dept=a,b', ['a', 'b']],
    ['dept=a,%20,b&dept=', ['a', 'b']],
    ['dept=%20a%20', ['a']],
    ['other=a', []],
  ])('%s reads as %j', (query, expected) => {
    expect(listParam(new URLSearchParams(query), 'dept')).toEqual(expected);
  });
});

describe('parameters no one owns', () => {
  it('names each once, shortened, and never the mock API’s scenario', () => {
    const params = new URLSearchParams(`a=1&mock=slow&zz=${'x'.repeat(50)}&zz=2&a=3`);
    expect(unknownParams(params, ['a'])).toEqual([{ param: 'zz', value: `${'x'.repeat(40)}…` }]);
  });

  it('cuts a value to 40 characters for a message', () => {
    expect(shortened('x'.repeat(40))).toBe('x'.repeat(40));
    expect(shortened('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
  });
});
