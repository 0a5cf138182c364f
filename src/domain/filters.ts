// What is being viewed, as URL parameters: parse (ignoring what is unknown, with a notice),
// serialise, and the predicate that applies it to indicators.
import { isRecordId } from './ids';
import { STATUSES, type Assessment, type Status } from './status';
import { thrustIdSchema, type Indicator, type ThrustId } from './schemas';
import { isOneOf, listParam, shortened as shown, unknownParams } from './url-params';

export const STATUS_FILTERS = [...STATUSES, 'stale'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface ViewFilters {
  departments: string[];
  thrust: ThrustId | null;
  status: StatusFilter | null;
  q: string;
}

export const EMPTY_FILTERS: ViewFilters = { departments: [], thrust: null, status: null, q: '' };

/** The parameters the filter bar owns; other views may own more (e.g. `view=table`). */
export const FILTER_PARAMS = ['dept', 'thrust', 'status', 'q'] as const;
export const MAX_QUERY_LENGTH = 100;

export type NoticeReason =
  | 'unknownDepartment'
  | 'malformedDepartment'
  | 'unknownThrust'
  | 'unknownStatus'
  | 'repeated'
  | 'tooLong'
  | 'unknownParam'
  | 'otherThrust';

export interface FilterNotice {
  param: string;
  /** What the URL held, cut to a readable length; shown as text, never as markup. */
  value: string;
  reason: NoticeReason;
}

/**
 * Reads the filters from URL parameters. Anything unknown or malformed is dropped and reported,
 * never thrown. `knownDepartments` is null until the department list has loaded; ids are then
 * taken on trust (they are checked again once it has).
 */
export function parseFilters(
  params: URLSearchParams,
  knownDepartments: ReadonlySet<string> | null,
  ownParams: readonly string[] = [],
): { filters: ViewFilters; notices: FilterNotice[] } {
  const notices: FilterNotice[] = [];
  const single = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1)
      notices.push({ param: name, value: shown(all.join(', ')), reason: 'repeated' });
    return all[0] ?? null;
  };

  const departments: string[] = [];
  for (const id of listParam(params, 'dept')) {
    if (!isRecordId(id)) {
      notices.push({ param: 'dept', value: shown(id), reason: 'malformedDepartment' });
    } else if (knownDepartments && !knownDepartments.has(id)) {
      notices.push({ param: 'dept', value: id, reason: 'unknownDepartment' });
    } else if (!departments.includes(id)) {
      departments.push(id);
    }
  }

  let thrust: ThrustId | null = null;
  const rawThrust = single('thrust');
  if (rawThrust !== null && rawThrust !== '') {
    const parsed = thrustIdSchema.safeParse(rawThrust.toUpperCase());
    if (parsed.success) thrust = parsed.data;
    else notices.push({ param: 'thrust', value: shown(rawThrust), reason: 'unknownThrust' });
  }

  let status: StatusFilter | null = null;
  const rawStatus = single('status');
  if (rawStatus !== null && rawStatus !== '') {
    if (isOneOf(STATUS_FILTERS, rawStatus)) status = rawStatus;
    else notices.push({ param: 'status', value: shown(rawStatus), reason: 'unknownStatus' });
  }

  let q = (single('q') ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    notices.push({ param: 'q', value: shown(q), reason: 'tooLong' });
    q = q.slice(0, MAX_QUERY_LENGTH);
  }

  for (const unknown of unknownParams(params, [...FILTER_PARAMS, ...ownParams])) {
    notices.push({ ...unknown, reason: 'unknownParam' });
  }

  return { filters: { departments, thrust, status, q }, notices };
}

/**
 * On a thrust's own page the path names the thrust: the view shows that thrust whatever the
 * `thrust` parameter says, and a different one is reported (param: the page's thrust, value: the
 * link's), so the thrust select never says one thrust above another's rows.
 */
export function withPageThrust(
  parsed: { filters: ViewFilters; notices: FilterNotice[] },
  pageThrust: ThrustId | null,
): { filters: ViewFilters; notices: FilterNotice[] } {
  if (!pageThrust) return parsed;
  const { thrust } = parsed.filters;
  const notices =
    thrust && thrust !== pageThrust
      ? [...parsed.notices, { param: pageThrust, value: thrust, reason: 'otherThrust' as const }]
      : parsed.notices;
  return { filters: { ...parsed.filters, thrust: pageThrust }, notices };
}

/** The filters as URL parameters, in a stable order so equal views have equal links. */
export function serializeFilters(filters: ViewFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const d of [...filters.departments].sort()) params.append('dept', d);
  if (filters.thrust) params.set('thrust', filters.thrust);
  if (filters.status) params.set('status', filters.status);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  return params;
}

export function isFiltered(filters: ViewFilters): boolean {
  return (
    filters.departments.length > 0 ||
    filters.thrust !== null ||
    filters.status !== null ||
    filters.q.trim() !== ''
  );
}

export function matchesStatus(assessment: Assessment, status: StatusFilter | null): boolean {
  if (status === null) return true;
  if (status === 'stale') return assessment.stale;
  return assessment.status === (status satisfies Status);
}

/** Words an indicator can be found by: its names, description, code and the source's words. */
export function searchText(indicator: Indicator): string {
  return [
    indicator.factCode ?? '',
    indicator.name.zh,
    indicator.name.en,
    indicator.description.zh,
    indicator.description.en,
    indicator.commitment.quote,
  ]
    .join('\n')
    .toLowerCase();
}

export function matchesFilters(
  indicator: Indicator,
  assessment: Assessment,
  filters: ViewFilters,
  text: string = searchText(indicator),
): boolean {
  if (
    filters.departments.length > 0 &&
    !indicator.ownerIds.some((o) => filters.departments.includes(o))
  ) {
    return false;
  }
  if (filters.thrust && indicator.thrustId !== filters.thrust) return false;
  if (!matchesStatus(assessment, filters.status)) return false;
  const q = filters.q.trim().toLowerCase();
  if (q && !q.split(/\s+/).every((word) => text.includes(word))) return false;
  return true;
}
