// The first screen in as few files as possible: the plugin that sorts modules, and the groups.
import type { Plugin } from 'vite';

/**
 * What the first screen loads, as few files as possible: every module the app's entry imports
 * statically goes into one chunk, and the mock API's own modules into another. Left to itself the
 * bundler cut the first screen into ~20 files, as modules are shared with the mock layer and the
 * lazy views in different combinations; over HTTP/1.1's six connections each file costs a round
 * trip. The lazy views (charts, presentation, import) keep their own chunks.
 */
const firstScreen = {
  app: new Set<string>(),
  mocks: new Set<string>(),
  shared: new Set<string>(),
};

export function firstScreenChunks(): Plugin {
  return {
    name: 'npf:first-screen-chunks',
    apply: 'build',
    // A watching build runs again: the sets describe the current module graph only.
    buildStart() {
      for (const set of Object.values(firstScreen)) set.clear();
    },
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const reach = (entry: string | undefined) => {
        const seen = new Set<string>();
        const walk = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const dep of this.getModuleInfo(id)?.importedIds ?? []) walk(dep);
        };
        if (entry) walk(entry);
        return seen;
      };
      const app = reach(ids.find((id) => id.endsWith('/src/main.tsx')));
      const mock = reach(ids.find((id) => id.endsWith('/mocks/browser.ts')));
      for (const id of app) firstScreen.app.add(id);
      for (const id of mock) {
        if (app.has(id)) continue;
        // App code the mock layer shares with lazy views stays apart from MSW, so a build
        // against a real API never loads MSW for those views.
        (id.includes('/src/') ? firstScreen.shared : firstScreen.mocks).add(id);
      }
    },
  };
}

/** The chunks the plugin's sets fill, for `build.rolldownOptions.output.codeSplitting.groups`. */
export const firstScreenGroups = [
  { name: 'app', test: (id: string) => firstScreen.app.has(id), priority: 3 },
  // Before the mock API's group, which would otherwise take these along as its dependencies.
  { name: 'mock-shared', test: (id: string) => firstScreen.shared.has(id), priority: 2 },
  { name: 'mock-api', test: (id: string) => firstScreen.mocks.has(id), priority: 1 },
];
