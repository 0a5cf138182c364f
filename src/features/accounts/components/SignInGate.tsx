// With `READ_ACCESS=signed-in`, nothing is shown to an anonymous visitor but the sign-in page: the
// views ask for no data until the session allows it (src/lib/query-client.ts), so without this
// they would wait for ever.
import { useEffect } from 'react';
import { useLocation, useNavigate } from '@/lib/router';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/api/session';

/** Sends the visitor to the sign-in page (and back after) while `required`. */
export function useSignInGate(required: boolean) {
  const location = useLocation();
  const navigate = useNavigate();
  const here = `${location.pathname}${location.search}`;
  useEffect(() => {
    if (required) void navigate(paths.signIn(here), { replace: true });
  }, [required, here, navigate]);
}

/** The gate alone, for the views outside the shell (whose account menu has it): the show, the brief. */
export function SignInGate() {
  const session = useSession();
  useSignInGate(
    session.data?.readAccess === 'signed-in' && session.data.principal.kind === 'anonymous',
  );
  return null;
}
