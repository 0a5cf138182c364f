// Reference data: the programme, its four thrusts and the departments.
import { Hono } from 'hono';
import type { ApiContext } from '../app';

export function programmeRoutes({ store }: ApiContext) {
  return new Hono()
    .get('/programme', async (c) => c.json(await store.programme()))
    .get('/thrusts', async (c) => c.json({ items: await store.thrusts() }))
    .get('/departments', async (c) => c.json({ items: await store.departments() }));
}
