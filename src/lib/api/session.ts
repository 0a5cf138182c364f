// Who is signed in: the session query, signing in and out, and pairing a wall screen. Loaded by
// the views that ask (header, forms, admin pages), never by the first screen's own code.
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '@tanstack/react-query';
import { z } from '@/domain/zod';
import { sessionResponseSchema, type SessionResponse, type SignIn } from '@/domain/accounts';
import { SESSION_KEY } from '@/lib/query-client';
import { apiGet, apiPost, apiSend } from './client';

export const sessionQueries = {
  all: SESSION_KEY,
  detail: () =>
    queryOptions({
      queryKey: SESSION_KEY,
      queryFn: ({ signal }) => apiGet('/session', sessionResponseSchema, { signal }),
      // Asked again whenever an answer says the session is gone (src/lib/query-client.ts).
      staleTime: 5 * 60 * 1000,
    }),
};

/** The session: who is asking, whether reading needs a sign-in, and (mock mode) demo accounts. */
export function useSession() {
  return useQuery(sessionQueries.detail());
}

const noContent = z.undefined();

/**
 * After the principal changed: the new session is the cache's, and every other query asks again
 * (what may be read, and how the forms look, depends on who asks).
 */
function useSessionChanged() {
  const queryClient = useQueryClient();
  return (session: SessionResponse | null) => {
    if (!session) {
      // Signed out: nobody is signed in until the API says otherwise, so where reading needs a
      // sign-in the views do not ask again as the account that has just left (each a 401).
      queryClient.setQueryData<SessionResponse>(
        SESSION_KEY,
        (old) => old && { ...old, principal: { kind: 'anonymous' } },
      );
    }
    // Marked before the new session is in: where it is what allows reading, the views then ask
    // once, as it comes in (src/lib/query-client.ts), not once before and again after.
    void queryClient.invalidateQueries({
      predicate: (q) => !session || q.queryKey[0] !== SESSION_KEY[0],
    });
    if (session) queryClient.setQueryData(SESSION_KEY, session);
  };
}

export function useSignIn() {
  const changed = useSessionChanged();
  return useMutation({
    mutationFn: (input: SignIn) => apiPost('/session', input, sessionResponseSchema),
    onSuccess: (session) => changed(session),
  });
}

export function useSignOut() {
  const changed = useSessionChanged();
  return useMutation({
    mutationFn: () => apiSend('DELETE', '/session', undefined, noContent),
    onSettled: () => changed(null),
  });
}

/** A wall screen trades the token from its pairing link for its own session. */
export function usePairDisplay() {
  const changed = useSessionChanged();
  return useMutation({
    mutationFn: (token: string) => apiPost('/display-session', { token }, sessionResponseSchema),
    onSuccess: (session) => changed(session),
  });
}
