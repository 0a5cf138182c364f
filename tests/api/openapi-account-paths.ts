// Signing in and out, pairing wall screens, and admins' accounts and screens, as OpenAPI paths.
import { body, json, problem } from './openapi-components';
import {
  adminRefusals,
  ANYONE,
  crossOriginRefusal,
  displayIdParam,
  refusal,
  serverError,
  setCookieHeader,
  usernameParam,
} from './openapi-answers';

export const ACCOUNT_PATHS = {
  '/session': {
    get: {
      operationId: 'getSession',
      summary: 'Who is asking, and whether anything can be read without signing in',
      security: ANYONE,
      responses: {
        200: json(
          'SessionResponse',
          'The principal (anonymous, an account or a wall screen); `demoAccounts` in mock mode only.',
        ),
        ...serverError,
      },
    },
    post: {
      operationId: 'signIn',
      summary: 'Sign in with a name and password',
      description:
        'Always starts a new session (a session id sent before is ended, never promoted). Throttled: within 15 minutes, 5 failures at one account from one address, 20 from one address, or 100 at one account from anywhere refuse every further such attempt, a right password too, until the window has passed or an admin clears the account’s failures. Each attempt is counted before its password is checked (and uncounted when it was right), so concurrent attempts cannot pass the limit. Password checks wait in a bounded queue with a share per address; with no place in it the answer is 503 `busy` with Retry-After.',
      security: [],
      requestBody: body('SignIn'),
      responses: {
        200: {
          ...json('SessionResponse', 'Signed in: the account as a principal.'),
          headers: setCookieHeader,
        },
        400: problem('The body is not `{ username, password }` as JSON.'),
        401: refusal(
          'An unknown name, a wrong password and a disabled account get this one answer (`badCredentials`).',
          ['badCredentials'],
        ),
        ...crossOriginRefusal,
        429: {
          ...refusal('Too many failed sign-ins (`tooManyAttempts`).', ['tooManyAttempts']),
          headers: {
            'Retry-After': {
              description: 'Seconds until sign-in may be tried again.',
              required: true,
              schema: { type: 'string', pattern: '^[1-9]\\d*$' },
            },
          },
        },
        ...serverError,
      },
    },
    delete: {
      operationId: 'signOut',
      summary: 'Sign out: the session ends and its cookie is cleared',
      security: ANYONE,
      responses: {
        204: { description: 'Signed out (or was not signed in).', headers: setCookieHeader },
        ...crossOriginRefusal,
        ...serverError,
      },
    },
  },
  '/display-session': {
    post: {
      operationId: 'pairDisplay',
      summary: 'A wall screen trades its pairing token for its own session',
      security: [],
      requestBody: body('PairDisplay'),
      responses: {
        200: {
          ...json('SessionResponse', 'Paired: the display as a principal.'),
          headers: setCookieHeader,
        },
        400: problem('The body is not `{ token }` as JSON, or the token is too short or long.'),
        401: refusal(
          'An unknown token (`badToken`), or a display an admin has revoked (`displayRevoked`).',
          ['badToken', 'displayRevoked'],
        ),
        ...crossOriginRefusal,
        ...serverError,
      },
    },
  },
  '/users': {
    get: {
      operationId: 'listAccounts',
      summary: 'Every account (admins only)',
      responses: {
        200: json('AccountList', 'Every account; never a password or its hash.'),
        ...adminRefusals(false),
        ...serverError,
      },
    },
    post: {
      operationId: 'createAccount',
      summary: 'Create an account with its password (admins only)',
      requestBody: body('NewAccount'),
      responses: {
        201: json('Account', 'Created.'),
        ...adminRefusals(true),
        409: refusal('The name is taken (`usernameTaken`).', ['usernameTaken']),
        422: refusal(
          'Refused (`invalidAccount`): the message names the field (a malformed name, a short password, an editor without departments, an unknown department; a body that is not JSON too).',
          ['invalidAccount'],
        ),
        ...serverError,
      },
    },
  },
  '/users/{username}': {
    patch: {
      operationId: 'changeAccount',
      summary: 'Change an account’s name, role, departments, password or disabled state',
      description:
        'A new `password` or `disabled: true` ends every session of the account. The last admin who can sign in can be neither disabled nor given another role.',
      parameters: [usernameParam],
      requestBody: body('AccountChange'),
      responses: {
        200: json('Account', 'The account as it now is.'),
        ...adminRefusals(true),
        404: problem('No account has this name.'),
        409: refusal('This is the last admin who can sign in (`lastAdmin`).', ['lastAdmin']),
        422: refusal(
          'Refused (`invalidAccount`): the message names the field (a short password, an editor without departments, an unknown department; a body that is not JSON too).',
          ['invalidAccount'],
        ),
        ...serverError,
      },
    },
  },
  '/users/{username}/sign-in-failures': {
    delete: {
      operationId: 'clearSignInFailures',
      summary: 'Clear an account’s failed sign-ins, from every address: an unlock (admins only)',
      parameters: [usernameParam],
      responses: {
        204: { description: 'The account can sign in again at once.' },
        ...adminRefusals(true),
        404: problem('No account has this name.'),
        ...serverError,
      },
    },
  },
  '/users/{username}/sessions': {
    delete: {
      operationId: 'endAccountSessions',
      summary: 'End every session of an account (admins only)',
      parameters: [usernameParam],
      responses: {
        204: { description: 'Every session of the account has ended.' },
        ...adminRefusals(true),
        404: problem('No account has this name.'),
        ...serverError,
      },
    },
  },
  '/displays': {
    get: {
      operationId: 'listDisplays',
      summary: 'Every wall screen, revoked ones too (admins only)',
      responses: {
        200: json('DisplayList', 'Every display; never its token.'),
        ...adminRefusals(false),
        ...serverError,
      },
    },
    post: {
      operationId: 'createDisplay',
      summary: 'Add a wall screen: its show and a pairing link, shown once (admins only)',
      requestBody: body('NewDisplay'),
      responses: {
        201: json(
          'CreatedDisplay',
          'Created: `link` is `/pair#<token>`, relative to the app’s base; the token is not kept and cannot be shown again.',
        ),
        ...adminRefusals(true),
        422: refusal(
          'Refused (`invalidDisplay`): the message names the field (an empty name, an unknown department; a body that is not JSON too).',
          ['invalidDisplay'],
        ),
        ...serverError,
      },
    },
  },
  '/displays/{id}': {
    delete: {
      operationId: 'revokeDisplay',
      summary: 'Unpair a wall screen: its next request is refused (admins only)',
      parameters: [displayIdParam],
      responses: {
        204: { description: 'Revoked (or already was).' },
        ...adminRefusals(true),
        404: problem('No display has this id.'),
        ...serverError,
      },
    },
  },
};
