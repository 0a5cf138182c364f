// A presentation playlist, defined by the URL so a screen is set up by opening a link: which
// slides, how long each shows, which departments, and whether to cycle through departments.
import { isRecordId } from './ids';
export { departmentsPlaylist } from './playlist-link';
import { thrustIdSchema, type ThrustId } from './schemas';
import { isOneOf, listParam, shortened as shown, unknownParams } from './url-params';

export const SLIDE_KINDS = [
  'title',
  'headlines',
  'summary',
  'thrusts',
  'departments',
  'attention',
] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** A requested slide: a kind, one thrust, or one indicator. */
export type SlideRequest =
  | { kind: SlideKind }
  | { kind: 'thrust'; thrustId: ThrustId }
  | { kind: 'indicator'; indicatorId: string };

export interface PlaylistConfig {
  slides: SlideRequest[];
  /** Seconds each slide shows. */
  interval: number;
  /** Seconds between data refreshes. */
  refresh: number;
  departments: string[];
  cycle: 'none' | 'departments';
  language: 'zh' | 'en' | null;
}

export const PLAYLIST_LIMITS = {
  interval: { min: 5, max: 3600, fallback: 20 },
  refresh: { min: 2, max: 3600, fallback: 60 },
} as const;

export const DEFAULT_SLIDES: SlideRequest[] = [
  { kind: 'title' },
  { kind: 'headlines' },
  { kind: 'summary' },
  { kind: 'thrusts' },
  { kind: 'departments' },
  { kind: 'attention' },
];

export const PLAYLIST_PARAMS = ['slides', 'interval', 'refresh', 'dept', 'cycle', 'lang'] as const;

export type PlaylistNoticeReason =
  | 'unknownSlide'
  | 'unknownDepartment'
  | 'badNumber'
  | 'outOfRange'
  | 'unknownCycle'
  | 'unknownLanguage'
  | 'unknownParam'
  | 'noSlides';

export interface PlaylistNotice {
  param: string;
  value: string;
  reason: PlaylistNoticeReason;
  /** What is used instead. */
  fallback?: string;
}

function parseSlide(token: string): SlideRequest | null {
  const [head = '', arg] = token.split(':', 2);
  if (arg === undefined) {
    return isOneOf(SLIDE_KINDS, head) ? { kind: head } : null;
  }
  if (head === 'thrust') {
    const id = thrustIdSchema.safeParse(arg.toUpperCase());
    return id.success ? { kind: 'thrust', thrustId: id.data } : null;
  }
  if (head === 'indicator' && isRecordId(arg)) return { kind: 'indicator', indicatorId: arg };
  return null;
}

function parseSeconds(
  params: URLSearchParams,
  name: 'interval' | 'refresh',
  notices: PlaylistNotice[],
): number {
  const { min, max, fallback } = PLAYLIST_LIMITS[name];
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  const value = Number(raw.trim().replace(/s$/, ''));
  if (!Number.isFinite(value)) {
    notices.push({
      param: name,
      value: shown(raw),
      reason: 'badNumber',
      fallback: String(fallback),
    });
    return fallback;
  }
  if (value < min || value > max) {
    notices.push({
      param: name,
      value: shown(raw),
      reason: 'outOfRange',
      fallback: String(fallback),
    });
    return fallback;
  }
  return value;
}

/**
 * Reads a playlist from URL parameters. Anything invalid falls back to its default with a notice.
 * `known` holds the department and indicator ids once they have loaded (null until then).
 */
export function parsePlaylist(
  params: URLSearchParams,
  known: { departments: ReadonlySet<string>; indicators: ReadonlySet<string> } | null,
): { config: PlaylistConfig; notices: PlaylistNotice[] } {
  const notices: PlaylistNotice[] = [];

  let slides: SlideRequest[] = [];
  const rawSlides = listParam(params, 'slides');
  for (const token of rawSlides) {
    const slide = parseSlide(token);
    if (!slide) notices.push({ param: 'slides', value: shown(token), reason: 'unknownSlide' });
    else if (slide.kind === 'indicator' && known && !known.indicators.has(slide.indicatorId)) {
      notices.push({ param: 'slides', value: shown(token), reason: 'unknownSlide' });
    } else slides.push(slide);
  }
  if (slides.length === 0) {
    if (rawSlides.length > 0) notices.push({ param: 'slides', value: '', reason: 'noSlides' });
    slides = DEFAULT_SLIDES;
  }

  const departments: string[] = [];
  for (const id of listParam(params, 'dept')) {
    if (!isRecordId(id) || (known && !known.departments.has(id))) {
      notices.push({ param: 'dept', value: shown(id), reason: 'unknownDepartment' });
    } else if (!departments.includes(id)) departments.push(id);
  }

  let cycle: PlaylistConfig['cycle'] = 'none';
  const rawCycle = params.get('cycle');
  if (rawCycle === 'departments' || rawCycle === 'dept') cycle = 'departments';
  else if (rawCycle !== null && rawCycle !== '' && rawCycle !== 'none') {
    notices.push({
      param: 'cycle',
      value: shown(rawCycle),
      reason: 'unknownCycle',
      fallback: 'none',
    });
  }

  let language: PlaylistConfig['language'] = null;
  const rawLang = params.get('lang');
  if (rawLang === 'zh' || rawLang === 'en') language = rawLang;
  else if (rawLang)
    notices.push({ param: 'lang', value: shown(rawLang), reason: 'unknownLanguage' });

  for (const unknown of unknownParams(params, PLAYLIST_PARAMS)) {
    notices.push({ ...unknown, reason: 'unknownParam' });
  }

  return {
    config: {
      slides,
      interval: parseSeconds(params, 'interval', notices),
      refresh: parseSeconds(params, 'refresh', notices),
      departments,
      cycle,
      language,
    },
    notices,
  };
}

/** The playlist as URL parameters (for the "present" button and for sharing a set-up). */
export function serializePlaylist(config: Partial<PlaylistConfig>): URLSearchParams {
  const p = new URLSearchParams();
  if (config.slides && config.slides !== DEFAULT_SLIDES) {
    p.set(
      'slides',
      config.slides
        .map((s) =>
          s.kind === 'thrust'
            ? `thrust:${s.thrustId}`
            : s.kind === 'indicator'
              ? `indicator:${s.indicatorId}`
              : s.kind,
        )
        .join(','),
    );
  }
  if (config.interval !== undefined) p.set('interval', String(config.interval));
  if (config.refresh !== undefined) p.set('refresh', String(config.refresh));
  for (const d of config.departments ?? []) p.append('dept', d);
  if (config.cycle === 'departments') p.set('cycle', 'departments');
  if (config.language) p.set('lang', config.language);
  return p;
}
