// What is being viewed, read from and written to the URL: one source of truth, so a copied link
// reproduces the view and back/forward work.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from '@/lib/router';
import { paths, thrustOfPath } from '@/config/paths';
import { parseFilters, serializeFilters, withPageThrust, type ViewFilters } from '@/domain/filters';
import { thrustIdSchema, type ThrustId } from '@/domain/schemas';
import { departmentQueries } from '@/lib/api/queries';

const asQuery = (params: URLSearchParams) => {
  const s = params.toString();
  return s ? `?${s}` : '';
};

export function useViewFilters() {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const departments = useQuery(departmentQueries.list());
  const known = useMemo(
    () => (departments.data ? new Set(departments.data.map((d) => d.id)) : null),
    [departments.data],
  );
  // On a thrust's page the path names the thrust; an unknown one is the route's to report.
  const parsedPath = thrustIdSchema.safeParse(thrustOfPath(pathname));
  const pageThrust: ThrustId | null = parsedPath.success ? parsedPath.data : null;
  const parsed = useMemo(
    () => withPageThrust(parseFilters(params, known), pageThrust),
    [params, known, pageThrust],
  );
  const { notices } = parsed;
  // The same filters keep their identity: when the department list arrives and changes nothing
  // (the usual case), every view that depends on the filters is not rendered again for it.
  const sameFilters = JSON.stringify(parsed.filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the filters' content
  const filters = useMemo(() => parsed.filters, [sameFilters]);

  const setFilters = useCallback(
    (change: Partial<ViewFilters>, options: { replace?: boolean } = {}) => {
      const replace = options.replace ?? false;
      // Choosing another thrust on a thrust's page goes to that thrust's page (or the overview).
      if (pageThrust && change.thrust !== undefined && change.thrust !== pageThrust) {
        const next = { ...parseFilters(params, known).filters, ...change, thrust: null };
        void navigate(
          {
            pathname: change.thrust ? paths.thrust(change.thrust) : paths.overview,
            search: asQuery(serializeFilters(next)),
          },
          { replace },
        );
        return;
      }
      setParams(
        // Unknown parameters are dropped once the user chooses: their notice has been seen. On a
        // thrust's page the path carries the thrust, so the query string does not repeat it.
        (current) => {
          const next = { ...parseFilters(current, known).filters, ...change };
          return serializeFilters(pageThrust ? { ...next, thrust: null } : next);
        },
        { replace },
      );
    },
    [setParams, navigate, params, known, pageThrust],
  );

  /** The filters as a query string, for links that keep the view's filters. */
  const search = useMemo(
    () => asQuery(serializeFilters(pageThrust ? { ...filters, thrust: null } : filters)),
    [filters, pageThrust],
  );
  /** The same for links to a thrust's page, whose path names the thrust. */
  const thrustPageSearch = useMemo(
    () => asQuery(serializeFilters({ ...filters, thrust: null })),
    [filters],
  );

  return {
    filters,
    notices,
    setFilters,
    search,
    thrustPageSearch,
    pageThrust,
    departmentsLoaded: known !== null,
  };
}
