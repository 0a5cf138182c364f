import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indicators } from '@/data-set';
import { indicatorQueries } from '@/lib/api/queries';
import {
  useAssessedIndicators,
  useDeferredAssessedIndicators,
} from '@/hooks/use-assessed-indicators';

/** What the headline figures and the panels below them had, render by render. */
function renderWithKeptList() {
  const renders: { figures?: number; below?: number }[] = [];
  function Probe() {
    const figures = useAssessedIndicators().data?.length;
    const below = useDeferredAssessedIndicators().data?.length;
    renders.push({ figures, below });
    return null;
  }
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  // As on a reload: the list kept from the last visit is in the cache before the first render.
  client.setQueryData(indicatorQueries.list().queryKey, {
    items: indicators,
    total: indicators.length,
  });
  render(
    <QueryClientProvider client={client}>
      <Probe />
    </QueryClientProvider>,
  );
  return renders;
}

describe('the indicator list for the panels below the headline figures', () => {
  it('comes one render after the figures, also when the first render already has the list', async () => {
    const renders = renderWithKeptList();
    expect(renders[0]).toEqual({ figures: indicators.length, below: undefined });
    await waitFor(() => expect(renders.at(-1)?.below).toBe(indicators.length));
  });
});
