// What many operations answer alike: server failures, versions, refusals of who may not ask, the
// session cookie; and the parameters they share.
import { problem, ref } from './openapi-components';

export const serverError = { '5XX': problem('The server failed; retrying may help.') };
export const ifMatchParam = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description:
    'The version (ETag) of the indicator the change is based on, as `GET /indicators/{id}` gave it (e.g. `"3"`). A change saved since makes this a 412.',
  schema: { type: 'string', pattern: '^(W/)?"\\d{1,9}"$' },
};
export const ifNoneMatchParam = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description:
    'The ETag of an answer the client holds; unchanged, the answer is a 304 without a body.',
  schema: { type: 'string' },
};
export const etagHeader = {
  ETag: {
    description: 'The version of this answer, for If-None-Match (reads) and If-Match (writes).',
    schema: { type: 'string' },
  },
};
export const notModified = { description: 'Unchanged since the ETag in If-None-Match.' };
/** What every write can also answer, besides its own refusals. */
export const writeAnswers = {
  412: problem(
    'Another change was saved first: `current` is the record as it now is, `changes` what was saved since the If-Match version (who, when, what). Nothing was written.',
  ),
  413: problem('The body is larger than the server accepts (server only).'),
  428: problem('No If-Match header: a write must name the version it is based on.'),
  507: problem(
    'The store could not keep the change (the mock API: the browser refused to store it). Nothing was written.',
  ),
};
export const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The indicator id, e.g. `metro-gdp`.',
  schema: { type: 'string', pattern: '^[a-z0-9-]+$' },
};

/** A refusal: the Problem, with the codes this answer carries (`error.code`). */
export const refusal = (description: string, codes: readonly string[]) => ({
  description,
  content: {
    'application/json': {
      schema: {
        allOf: [
          ref('Problem'),
          {
            type: 'object',
            properties: { error: { type: 'object', properties: { code: { enum: codes } } } },
          },
        ],
      },
    },
  },
});

/** Who may call an operation: the session cookie, or nobody in particular. */
export const SESSION = [{ session: [] }];
export const ANYONE = [{}, { session: [] }];

export const crossOrigin =
  '`crossOrigin`: an unsafe request from another site (an `Origin` that is not the server’s own, or `Sec-Fetch-Site: cross-site`).';
export const unauthenticated = refusal(
  'Not signed in (`signInRequired`), a session that has ended: idle or absolute expiry, signed out, disabled or its sessions ended by an admin (`sessionExpired`), or a wall screen an admin has unpaired (`displayRevoked`). Nothing was written.',
  ['signInRequired', 'sessionExpired', 'displayRevoked'],
);
/** What the read gate answers (READ_ACCESS=signed-in); the mock API reads publicly. */
export const readGate = {
  401: refusal(
    'Reading needs an account where the server runs with READ_ACCESS=signed-in: not signed in (`signInRequired`) or the session has ended (`sessionExpired`), both from the server only (the mock API reads publicly); or, anywhere, a wall screen an admin has unpaired (`displayRevoked`).',
    ['signInRequired', 'sessionExpired', 'displayRevoked'],
  ),
};
/** What every write of a record (observation, milestone update, import) answers who may not. */
export const recordRefusals = {
  401: unauthenticated,
  403: refusal(
    `Not allowed, nothing written: a wall screen (\`readOnlyDisplay\`), a viewer (\`viewerReadOnly\`), an editor of departments that do not own this indicator (\`outsideScope\`); or ${crossOrigin}`,
    ['readOnlyDisplay', 'viewerReadOnly', 'outsideScope', 'crossOrigin'],
  ),
};
/** What an admin's operation answers anyone else; `unsafe` ones also refuse other sites. */
export const adminRefusals = (unsafe: boolean) => ({
  401: unauthenticated,
  403: refusal(
    `Admins only: a wall screen (\`readOnlyDisplay\`), a viewer or an editor (\`adminOnly\`)${unsafe ? `; or ${crossOrigin}` : '.'}`,
    unsafe ? ['readOnlyDisplay', 'adminOnly', 'crossOrigin'] : ['readOnlyDisplay', 'adminOnly'],
  ),
});
export const crossOriginRefusal = { 403: refusal(`Refused: ${crossOrigin}`, ['crossOrigin']) };
export const setCookieHeader = {
  'Set-Cookie': {
    description:
      'The session cookie (server only): `npf_session=<id>; Path=/; HttpOnly; SameSite=Strict`, and `Secure` over HTTPS. The mock API keeps the id in its own jar (localStorage `npf-tracker:mock-session`), as a page cannot set an HttpOnly cookie.',
    schema: { type: 'string' },
  },
};
export const usernameParam = {
  name: 'username',
  in: 'path',
  required: true,
  description: 'The account’s sign-in name, e.g. `finance`.',
  schema: { type: 'string' },
};
export const displayIdParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The display’s id, as `GET /displays` lists it.',
  schema: { type: 'string' },
};
