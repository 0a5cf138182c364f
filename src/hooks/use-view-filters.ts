// What is being viewed, read from and written to the URL: one source of truth, so a copied link
// reproduces the view and back/forward work.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from '@/lib/router';
import { parseFilters, serializeFilters, type ViewFilters } from '@/domain/filters';
import { departmentQueries } from '@/lib/api/queries';

export function useViewFilters() {
  const [params, setParams] = useSearchParams();
  const departments = useQuery(departmentQueries.list());
  const known = useMemo(
    () => (departments.data ? new Set(departments.data.map((d) => d.id)) : null),
    [departments.data],
  );
  const parsed = useMemo(() => parseFilters(params, known), [params, known]);
  const { notices } = parsed;
  // The same filters keep their identity: when the department list arrives and changes nothing
  // (the usual case), every view that depends on the filters is not rendered again for it.
  const sameFilters = JSON.stringify(parsed.filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the filters' content
  const filters = useMemo(() => parsed.filters, [sameFilters]);

  const setFilters = useCallback(
    (change: Partial<ViewFilters>, options: { replace?: boolean } = {}) => {
      setParams(
        // Unknown parameters are dropped once the user chooses: their notice has been seen.
        (current) => serializeFilters({ ...parseFilters(current, known).filters, ...change }),
        { replace: options.replace ?? false },
      );
    },
    [setParams, known],
  );

  /** The filters as a query string, for links that keep the view's filters. */
  const search = useMemo(() => {
    const s = serializeFilters(filters).toString();
    return s ? `?${s}` : '';
  }, [filters]);

  return { filters, notices, setFilters, search, departmentsLoaded: known !== null };
}
