import { describe, expect, it } from 'vitest';
import { parseFilters } from '@/domain/filters';
import { arrivalUrl } from './arrival';

describe('arrivalUrl', () => {
  it('opens a bare overview on the default department', () => {
    const url = arrivalUrl('/', 'sti-bureau');
    expect(url.startsWith('/?')).toBe(true);
    expect(parseFilters(new URLSearchParams(url.slice(2)), null).filters.departments).toEqual([
      'sti-bureau',
    ]);
  });

  it.each([
    ['no default department', '/', null],
    ['an overview with filters of its own', '/?status=off-track', 'sti-bureau'],
    ['another view', '/thrusts/innovation', 'sti-bureau'],
  ])('leaves the address alone with %s', (_, url, department) => {
    expect(arrivalUrl(url, department)).toBe(url);
  });
});
