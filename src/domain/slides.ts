// The show's pages: a playlist expanded into slides, paged and, when cycling, once per department.
import type { PlaylistConfig } from './playlist';
import type { ThrustId } from './schemas';

/** A slide as shown: one page of one requested slide, for one department or for all. */
export type Slide =
  | { key: string; kind: 'title'; department: string | null }
  | { key: string; kind: 'headlines'; department: string | null }
  /** Each thrust's status distribution, drawn. */
  | { key: string; kind: 'summary'; department: string | null }
  | {
      key: string;
      kind: 'thrust';
      thrustId: ThrustId;
      page: number;
      pages: number;
      department: string | null;
    }
  | { key: string; kind: 'departments'; department: string | null }
  | { key: string; kind: 'attention'; page: number; pages: number; department: string | null }
  | { key: string; kind: 'indicator'; indicatorId: string; department: string | null };

export const ROWS_PER_PAGE = 7;

export interface SlideCounts {
  /** Commitments per thrust, for the department (or all). */
  thrust: (thrustId: ThrustId, department: string | null) => number;
  attention: (department: string | null) => number;
}

/**
 * Expands the requested slides into pages, once per department when cycling. A slide with nothing
 * to show still gets one page (it says so), so the show never goes blank.
 */
export function buildSlides(
  config: Pick<PlaylistConfig, 'slides' | 'departments' | 'cycle'>,
  thrustIds: readonly ThrustId[],
  allDepartments: readonly string[],
  counts: SlideCounts,
): Slide[] {
  const groups: (string | null)[] =
    config.cycle === 'departments'
      ? config.departments.length > 0
        ? config.departments
        : [...allDepartments]
      : [null];
  const pagesOf = (n: number) => Math.max(1, Math.ceil(n / ROWS_PER_PAGE));
  const slides: Slide[] = [];
  for (const group of groups) {
    const department = group;
    const tag = group ?? 'all';
    for (const req of config.slides) {
      if (req.kind === 'thrusts' || req.kind === 'thrust') {
        const ids = req.kind === 'thrust' ? [req.thrustId] : thrustIds;
        for (const thrustId of ids) {
          const pages = pagesOf(counts.thrust(thrustId, department));
          for (let page = 1; page <= pages; page += 1) {
            slides.push({
              key: `${tag}:thrust:${thrustId}:${page}`,
              kind: 'thrust',
              thrustId,
              page,
              pages,
              department,
            });
          }
        }
      } else if (req.kind === 'attention') {
        const pages = pagesOf(counts.attention(department));
        for (let page = 1; page <= pages; page += 1) {
          slides.push({
            key: `${tag}:attention:${page}`,
            kind: 'attention',
            page,
            pages,
            department,
          });
        }
      } else if (req.kind === 'indicator') {
        slides.push({
          key: `${tag}:indicator:${req.indicatorId}`,
          kind: 'indicator',
          indicatorId: req.indicatorId,
          department,
        });
      } else {
        slides.push({ key: `${tag}:${req.kind}`, kind: req.kind, department });
      }
    }
  }
  return slides;
}
