// Admins pair wall screens: a display (name, departments, playlist) and a token in a link shown
// once; the screen trades the token for its own session (POST /display-session) and runs its
// show read-only. Revoking it unpairs the screen at its next request.
import { Hono, type Context } from 'hono';
import { newDisplaySchema, type Display } from '@/domain/accounts';
import type { StoredDisplay } from '../accounts-store';
import type { ApiContext } from '../app';
import { randomToken, refuse, type AuthEnv } from '../auth';
import { jsonBody, problem, quoteId } from '../respond';

/** What an admin sees of a display: never its token's hash. */
function publicDisplay(stored: StoredDisplay): Display {
  const { id, name, departments, playlist, createdAt, lastSeenAt, revokedAt } = stored;
  return { id, name, departments, playlist, createdAt, lastSeenAt, revokedAt };
}

export function displayRoutes(api: ApiContext) {
  const { auth } = api;
  const { accounts } = auth.options;
  const guard = (c: Context<AuthEnv>) => refuse(c, { kind: 'manageDisplays' });

  return new Hono<AuthEnv>()
    .get('/displays', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      return c.json({ items: (await accounts.displays()).map(publicDisplay) });
    })
    .post('/displays', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      const body = await jsonBody(c);
      if (body === undefined) return problem(c, 400, 'badRequest', 'the body must be JSON');
      const parsed = newDisplaySchema.safeParse(body);
      if (!parsed.success) {
        const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
        return problem(
          c,
          422,
          'invalidDisplay',
          `${field}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
        );
      }
      const known = new Set((await api.store.departments()).map((d) => d.id));
      const unknown = parsed.data.departments.filter((d) => !known.has(d));
      if (unknown.length > 0) {
        return problem(
          c,
          422,
          'invalidDisplay',
          `no such department: ${unknown.map(quoteId).join(', ')}`,
        );
      }
      const token = randomToken();
      const display: StoredDisplay = {
        id: api.newId(),
        name: parsed.data.name,
        departments: [...new Set(parsed.data.departments)],
        playlist: parsed.data.playlist,
        createdAt: api.now().toISOString(),
        lastSeenAt: null,
        revokedAt: null,
        tokenHash: await api.auth.sha256(token),
      };
      await accounts.createDisplay(display);
      return c.json({ display: publicDisplay(display), link: `/pair#${token}` }, 201);
    })
    .delete('/displays/:id', async (c) => {
      const refused = guard(c);
      if (refused) return refused;
      const id = c.req.param('id');
      const display = await accounts.display(id);
      if (!display) return problem(c, 404, 'notFound', `no display ${quoteId(id)}`);
      if (!display.revokedAt) {
        await accounts.updateDisplay(id, { revokedAt: api.now().toISOString() });
      }
      auth.forget();
      return c.body(null, 204);
    });
}
