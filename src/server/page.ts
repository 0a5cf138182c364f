// The SPA's page with the first screen's figures in it: the API's own answers for the route,
// as a JSON block the client puts in its query cache before the first render, preloads for the
// route's lazy scripts, and on the views that open on figures, the first screen itself drawn from
// those answers (src/app/render-page.tsx). Built once per route, revision, day and the visitor's
// display preferences, and kept compressed.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context, Hono } from 'hono';
import { todayInShanghai } from '@/domain/dates';
import { sessionResponseSchema } from '@/domain/accounts';
import { initialDataScript, initialPathsFor, type InitialData } from '@/domain/initial-data';
import {
  parsePreferencesCookie,
  preferencesCookieValue,
  type PagePreferences,
} from '@/domain/preferences-cookie';
import type { AuthEnv } from '@/api/auth';
import type { Store } from '@/api/store';
import { withPreloads, type RoutePreloads } from './route-preloads';
import type { StaticFile } from './static-files';

const ROOT = '<div id="root"></div>';
const HTML_TAG = '<html lang="zh-CN">';
const KEEP = 32;
/** The element after the drawn first screen: the page's rendering waits for it. */
const DRAWN_END = 'npf-drawn-end';

/** Draws a route's first screen (path and query) from its initial data, as `#root`'s markup. */
export type FirstScreenDrawer = (
  url: string,
  data: InitialData,
  preferences: PagePreferences,
) => Promise<string>;

export interface FirstScreen {
  draw: FirstScreenDrawer;
  /** A drawing that failed: the page goes out without it (the client draws it, as before). */
  failed: (error: unknown) => void;
}

/** The views that open on figures: the overview, a thrust's page and an indicator's page. */
export function drawsFirstScreen(pathname: string): boolean {
  return /^\/(?:(?:thrusts|indicators)\/[\w-]{1,80}\/?)?$/.test(pathname);
}

export interface PageRenderer {
  /** The page for this request's route, with its data; the plain page when the data fails. */
  page(c: Context): Promise<StaticFile>;
}

/**
 * With reading public, every page carries its data. With reading for signed-in users only, a
 * request without a live session gets the page alone (the app then asks them to sign in); any
 * signed-in user or paired screen reads the same figures, so their pages are shared.
 */
export function pageRenderer(
  index: StaticFile,
  api: Hono<AuthEnv>,
  store: Store,
  now: () => Date,
  publicRead: boolean,
  preloads: RoutePreloads | null = null,
  firstScreen: FirstScreen | null = null,
): PageRenderer {
  const html = new TextDecoder().decode(index.body);
  const pages = new Map<string, StaticFile>();

  async function build(
    url: URL,
    cookie: string | undefined,
    scripts: string[],
    preferences: PagePreferences | null,
  ): Promise<StaticFile> {
    const at = now();
    const resources: Record<string, unknown> = {};
    await Promise.all(
      initialPathsFor(url.pathname).map(async (path) => {
        const res = await api.request(path, cookie ? { headers: { Cookie: cookie } } : {});
        // An unknown indicator's page says so itself, from its own request.
        if (res.ok) resources[path] = await res.json();
      }),
    );
    const data = { at: at.toISOString(), resources };
    let drawn = '';
    if (firstScreen && preferences) {
      try {
        drawn = await firstScreen.draw(`${url.pathname}${url.search}`, data, preferences);
      } catch (error) {
        firstScreen.failed(error);
      }
    }
    let page = withPreloads(html, scripts);
    if (preferences) {
      const lang = preferences.language === 'en' ? 'en' : 'zh-CN';
      page = page.replace(HTML_TAG, `<html lang="${lang}" data-theme="${preferences.theme}">`);
    }
    if (drawn) {
      // No paint until the whole first screen is read: painted as it is parsed, a row would be
      // drawn before its later cells and move when they arrive (a layout shift).
      page = page.replace(
        '</head>',
        `<link rel="expect" href="#${DRAWN_END}" blocking="render">\n</head>`,
      );
    }
    // A drawn page's data comes after its first screen: the paint is held until the screen is
    // read, and no longer, while the parser goes on through the data and the app's scripts wait
    // for it to finish (they run when the page is parsed, and at 4× CPU they took the first
    // paint's turn when the data came first).
    const root = drawn
      ? `<div id="root">${drawn}</div><template id="${DRAWN_END}"></template>${initialDataScript(data)}`
      : `${initialDataScript(data)}<div id="root"></div>`;
    const text = page.includes(ROOT) ? page.replace(ROOT, root) : page;
    return compressed(new TextEncoder().encode(text));
  }

  /** A page as it is served: kept compressed both ways, revalidated on every visit. */
  function compressed(body: Uint8Array<ArrayBuffer>): StaticFile {
    return {
      body,
      br: new Uint8Array(
        brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
      ),
      gzip: new Uint8Array(gzipSync(body, { level: 6 })),
      type: index.type,
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
      cacheControl: 'no-cache',
    };
  }

  async function signedIn(cookie: string | undefined): Promise<boolean> {
    if (!cookie) return false;
    const res = await api.request('/session', { headers: { Cookie: cookie } });
    const who = sessionResponseSchema.safeParse(res.ok ? await res.json() : null);
    return who.success && who.data.principal.kind !== 'anonymous';
  }

  /**
   * Someone not signed in, where reading needs a sign-in: no figures, and the scripts of the page
   * the app will show them (pairing a screen, or else signing in) preloaded.
   */
  const anonymousPages = new Map<string, StaticFile>();
  function anonymous(pathname: string): StaticFile {
    const scripts = preloads?.forPath(pathname.startsWith('/pair') ? '/pair' : '/sign-in') ?? [];
    const key = scripts.join(',');
    let page = anonymousPages.get(key);
    if (!page) {
      page = compressed(new TextEncoder().encode(withPreloads(html, scripts)));
      anonymousPages.set(key, page);
    }
    return page;
  }

  return {
    async page(c) {
      const paths = initialPathsFor(c.req.path);
      const cookie = c.req.header('Cookie');
      if (!publicRead && !(await signedIn(cookie))) return anonymous(c.req.path);
      const scripts = preloads?.forPath(c.req.path) ?? [];
      // Drawn pages differ by their query (the filters) and the visitor's display preferences.
      const url = new URL(c.req.url);
      const drawing = firstScreen !== null && drawsFirstScreen(url.pathname);
      const preferences = drawing ? parsePreferencesCookie(cookie) : null;
      const variant = preferences
        ? `${url.pathname}${url.search}|${preferencesCookieValue(preferences)}`
        : '';
      let revision: number;
      try {
        revision = await store.revision();
      } catch {
        // No database: the page alone, and its requests say what is wrong.
        return index;
      }
      const key = `${revision}|${todayInShanghai(now())}|${paths.join(',')}|${scripts.join(',')}|${variant}`;
      let page = pages.get(key);
      if (!page) {
        page = await build(url, publicRead ? undefined : cookie, scripts, preferences);
        pages.set(key, page);
        if (pages.size > KEEP) {
          const oldest = pages.keys().next().value;
          if (oldest !== undefined) pages.delete(oldest);
        }
      }
      return page;
    },
  };
}
