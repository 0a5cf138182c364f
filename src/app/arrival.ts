// Where the app lands when opened bare: the overview of the default department, written into the
// URL so the link says so. Asked before the first render (src/main.tsx) and by the server drawing
// the first screen (src/app/render-page.tsx), so both draw the same view.
import { paths } from '@/config/paths';
import { serializeFilters } from '@/domain/filters';

/** The path and query to show for `url` (path and query), given the default department. */
export function arrivalUrl(url: string, defaultDepartment: string | null): string {
  if (!defaultDepartment || url !== paths.overview) return url;
  const search = serializeFilters({
    departments: [defaultDepartment],
    thrust: null,
    status: null,
    q: '',
  }).toString();
  return `${paths.overview}?${search}`;
}
