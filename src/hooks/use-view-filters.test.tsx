import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from '@/lib/router';
import type { ViewFilters } from '@/domain/filters';
import { departmentQueries } from '@/lib/api/queries';
import { useViewFilters } from './use-view-filters';

function renderFilters(path: string) {
  const seen: ViewFilters[] = [];
  function Probe() {
    seen.push(useViewFilters().filters);
    return null;
  }
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  const router = createMemoryRouter([{ path: '/', element: <Probe /> }], {
    initialEntries: [path],
  });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const departmentsArrive = (ids: string[]) =>
    act(() => {
      client.setQueryData(departmentQueries.list().queryKey, {
        items: ids.map((id) => ({ id }) as never),
      });
    });
  return { seen, departmentsArrive };
}

describe('the view filters read from the URL', () => {
  it('keep their identity when the department list arrives and changes nothing', async () => {
    const { seen, departmentsArrive } = renderFilters('/?dept=finance');
    const before = seen.at(-1);
    departmentsArrive(['finance', 'ndrc']);
    // the hook did run again with the list, and the filters are the same object
    await waitFor(() => expect(seen.length).toBeGreaterThan(1));
    expect(seen.at(-1)).toBe(before);
  });

  it('change when the arriving list shows a department in the URL is unknown', async () => {
    const { seen, departmentsArrive } = renderFilters('/?dept=finance&dept=nosuch');
    expect(seen.at(-1)?.departments).toEqual(['finance', 'nosuch']);
    departmentsArrive(['finance']);
    await waitFor(() => expect(seen.at(-1)?.departments).toEqual(['finance']));
  });
});
