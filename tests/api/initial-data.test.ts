// The figures a server sends with the page reach the query cache before the first render, checked.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import * as dataSet from '@/data-set';
import { initialDataScript } from '@/domain/initial-data';
import { indicatorQueries, programmeQueries, queryForPath } from '@/lib/api/queries';
import { seedInitialData } from '@/lib/initial-data';

/** A document holding what a server would have written into the page. */
function pageWith(html: string) {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

describe('figures sent with the page', () => {
  it('go into the query cache, dated when the server read them', () => {
    const client = new QueryClient();
    const at = '2026-11-26T08:00:00.000Z';
    const doc = pageWith(
      initialDataScript({
        at,
        resources: {
          '/programme': dataSet.programme,
          '/indicators': { items: dataSet.indicators, total: dataSet.indicators.length },
          '/indicators/metro-gdp': dataSet.indicators.find((i) => i.id === 'metro-gdp'),
        },
      }),
    );
    expect(seedInitialData(client, doc, queryForPath)).toBe(3);
    expect(client.getQueryData(programmeQueries.detail().queryKey)).toEqual(dataSet.programme);
    expect(client.getQueryState(indicatorQueries.list().queryKey)?.dataUpdatedAt).toBe(
      Date.parse(at),
    );
    expect(client.getQueryData(indicatorQueries.detail('metro-gdp').queryKey)).toBeDefined();
  });

  it('are left out when they fail their schema, or the block is not what a server writes', () => {
    const client = new QueryClient();
    const doc = pageWith(
      initialDataScript({
        at: '2026-11-26T08:00:00.000Z',
        resources: { '/programme': { title: 'no' }, '/unknown': {} },
      }),
    );
    expect(seedInitialData(client, doc, queryForPath)).toBe(0);
    expect(client.getQueryData(programmeQueries.detail().queryKey)).toBeUndefined();
    const broken = pageWith(
      '<script type="application/json" id="npf-initial-data">{"at":</script>',
    );
    expect(seedInitialData(client, broken, queryForPath)).toBe(0);
    expect(seedInitialData(client, pageWith('<div></div>'), queryForPath)).toBe(0);
  });
});
