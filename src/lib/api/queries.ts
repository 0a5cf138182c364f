// Query factories for the programme's resources. Every view uses every resource, so they live
// here rather than in one feature (a feature may not import another).
import { queryOptions } from '@tanstack/react-query';
import {
  departmentsResponseSchema,
  indicatorResponseSchema,
  indicatorsResponseSchema,
  programmeResponseSchema,
  thrustsResponseSchema,
} from '@/domain/schemas';
import { apiGet } from './client';

/** Reference data changes rarely; indicator figures more often. */
const REFERENCE_STALE_MS = 60 * 60 * 1000;
export const FIGURES_STALE_MS = 60 * 1000;

export const programmeQueries = {
  all: ['programme'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...programmeQueries.all, 'detail'] as const,
      queryFn: ({ signal }) => apiGet('/programme', programmeResponseSchema, { signal }),
      staleTime: REFERENCE_STALE_MS,
    }),
};

export const thrustQueries = {
  all: ['thrusts'] as const,
  list: () =>
    queryOptions({
      queryKey: [...thrustQueries.all, 'list'] as const,
      queryFn: ({ signal }) => apiGet('/thrusts', thrustsResponseSchema, { signal }),
      select: (data) => data.items,
      staleTime: REFERENCE_STALE_MS,
    }),
};

export const departmentQueries = {
  all: ['departments'] as const,
  list: () =>
    queryOptions({
      queryKey: [...departmentQueries.all, 'list'] as const,
      queryFn: ({ signal }) => apiGet('/departments', departmentsResponseSchema, { signal }),
      select: (data) => data.items,
      staleTime: REFERENCE_STALE_MS,
    }),
};

export const indicatorQueries = {
  all: ['indicators'] as const,
  lists: () => [...indicatorQueries.all, 'list'] as const,
  /** The whole list: every view filters it in memory (src/domain/filters.ts). */
  list: () =>
    queryOptions({
      queryKey: indicatorQueries.lists(),
      queryFn: ({ signal }) => apiGet('/indicators', indicatorsResponseSchema, { signal }),
      staleTime: FIGURES_STALE_MS,
    }),
  details: () => [...indicatorQueries.all, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.details(), id] as const,
      queryFn: ({ signal }) =>
        apiGet(`/indicators/${encodeURIComponent(id)}`, indicatorResponseSchema, { signal }),
      staleTime: FIGURES_STALE_MS,
    }),
};

/**
 * What a reload shows at once, before the API answers (see src/lib/query-persist.ts): the
 * overview's resources, each with its API path and the schema its query function parses with.
 */
export const keptQueries = [
  {
    path: '/programme',
    queryKey: programmeQueries.detail().queryKey,
    schema: programmeResponseSchema,
  },
  { path: '/thrusts', queryKey: thrustQueries.list().queryKey, schema: thrustsResponseSchema },
  {
    path: '/departments',
    queryKey: departmentQueries.list().queryKey,
    schema: departmentsResponseSchema,
  },
  {
    path: '/indicators',
    queryKey: indicatorQueries.list().queryKey,
    schema: indicatorsResponseSchema,
  },
];

/** The query an API path answers, for data the server sent with the page. */
export function queryForPath(path: string) {
  const kept = keptQueries.find((k) => k.path === path);
  if (kept) return kept;
  const detail = /^\/indicators\/([a-z0-9-]+)$/.exec(path)?.[1];
  return detail
    ? { queryKey: indicatorQueries.detail(detail).queryKey, schema: indicatorResponseSchema }
    : null;
}
