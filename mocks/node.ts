// MSW in Node, for Vitest: the same handlers, no latency.
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
