import { useRouteError } from '@/lib/router';
import { ErrorMessage } from '@/components/ui/ErrorMessage';

/** The last line of defence: a route that throws still leaves a message and a way back. */
export function RootError() {
  const error = useRouteError();
  return (
    <main style={{ padding: '2rem' }}>
      <ErrorMessage error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
