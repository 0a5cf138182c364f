// Every happy-path handler in one list, shared by the browser worker, the Node server and the e2e build.
import { entryHandlers } from './entry';
import { importHandlers } from './imports';
import { indicatorHandlers } from './indicators';
import { programmeHandlers } from './programme';
import type { HandlerOptions } from './respond';

export function createHandlers(options: HandlerOptions = { latencyMs: 0 }) {
  return [
    ...programmeHandlers(options),
    ...indicatorHandlers(options),
    ...entryHandlers(options),
    ...importHandlers(options),
  ];
}

export const handlers = createHandlers();
