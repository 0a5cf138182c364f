// Which scripts a route's first screen needs besides the entry's own: its lazily loaded view and
// the lazy components that view renders at once, with everything they import, found in the
// build's manifest. The page names them all (<link rel="modulepreload">), so the browser fetches
// them beside the entry instead of each waiting for the module that imports it to run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A chunk as Vite's manifest (.vite/manifest.json) describes it. */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * The modules each route imports lazily for its first screen: a route module by its source path
 * (src/app/routes.tsx), or a lazy component's chunk by its name (CommitmentsPanel loads
 * CommitmentsTable, on a thrust's first screen). tests/server/preload.test.ts checks the table against the route table.
 */
export const FIRST_SCREEN_MODULES: readonly { route: RegExp; modules: readonly string[] }[] = [
  // The overview's commitments table is below its first screen: it loads after the first paint.
  {
    route: /^\/thrusts\/[^/]+\/?$/,
    modules: ['src/app/routes/ThrustRoute.tsx', 'CommitmentsTable'],
  },
  { route: /^\/indicators\/[^/]+\/?$/, modules: ['src/app/routes/IndicatorRoute.tsx'] },
  { route: /^\/departments\/?$/, modules: ['src/app/routes/DepartmentsRoute.tsx'] },
  { route: /^\/import\/?$/, modules: ['src/app/routes/ImportRoute.tsx'] },
  { route: /^\/brief\/?$/, modules: ['src/app/routes/BriefRoute.tsx'] },
  { route: /^\/present\/?$/, modules: ['src/app/routes/PresentRoute.tsx'] },
  { route: /^\/sign-in\/?$/, modules: ['src/app/routes/SignInRoute.tsx'] },
  { route: /^\/pair\/?$/, modules: ['src/app/routes/PairRoute.tsx'] },
  { route: /^\/admin\/users\/?$/, modules: ['src/app/routes/AdminUsersRoute.tsx'] },
  { route: /^\/admin\/screens\/?$/, modules: ['src/app/routes/AdminScreensRoute.tsx'] },
  { route: /^\/admin\/webhooks\/?$/, modules: ['src/app/routes/AdminWebhooksRoute.tsx'] },
  { route: /^\/inbox\/?$/, modules: ['src/app/routes/InboxRoute.tsx'] },
];

export interface RoutePreloads {
  /** The URLs (/assets/…) to preload for a page at `pathname`, beyond what the entry names. */
  forPath(pathname: string): string[];
  /** Modules of the table that the build does not have (renamed or removed). */
  missing: string[];
}

/** The build's manifest, or null when there is none (a build without `manifest: true`). */
export function readManifest(staticDir: string): Manifest | null {
  const path = join(staticDir, '.vite', 'manifest.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : null;
}

export function routePreloads(manifest: Manifest): RoutePreloads {
  const chunkOf = (module: string): string | undefined =>
    module in manifest
      ? module
      : Object.keys(manifest).find((key) => {
          const chunk = manifest[key];
          return chunk?.src === module || (chunk?.name === module && !chunk.src);
        });
  /** A chunk's key and the keys of everything it imports statically, transitively. */
  const closure = (key: string, into = new Set<string>()): Set<string> => {
    if (into.has(key) || !manifest[key]) return into;
    into.add(key);
    for (const dep of manifest[key].imports ?? []) closure(dep, into);
    return into;
  };
  // The entry and its imports are in index.html already.
  const loaded = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry) closure(key, loaded);
  }

  const missing: string[] = [];
  const byRoute = FIRST_SCREEN_MODULES.map(({ route, modules }) => {
    const keys = new Set<string>();
    for (const module of modules) {
      const key = chunkOf(module);
      if (key) closure(key, keys);
      else if (!missing.includes(module)) missing.push(module);
    }
    const files = [...keys].filter((k) => !loaded.has(k)).map((k) => `/${manifest[k]?.file}`);
    return { route, files: files.filter((f) => f.endsWith('.js')) };
  });

  return {
    forPath: (pathname) => byRoute.find(({ route }) => route.test(pathname))?.files ?? [],
    missing,
  };
}

/** The page with its route's preloads at the end of its head. */
export function withPreloads(html: string, urls: readonly string[]): string {
  if (urls.length === 0 || !html.includes('</head>')) return html;
  const links = urls.map((url) => `<link rel="modulepreload" crossorigin href="${url}">`);
  return html.replace('</head>', `${links.join('\n')}\n</head>`);
}
