// An API answer held back: the mock API reads it at once and sends it only when the test says, as
// a busy server or a slow network may. What it then says is the state from before anything done
// in between.
import { http, HttpResponse } from 'msw';
import { mockStore } from '@mocks/db';
import { server } from '@mocks/node';

/** The first request for an indicator's audit trail; later ones are answered as they come. */
export function holdFirstAuditAnswer(indicatorId: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let read = () => {};
  const wasRead = new Promise<void>((resolve) => {
    read = resolve;
  });
  let first = true;
  server.use(
    http.get('*/api/indicators/:id/audit', async ({ params }) => {
      // Falls through to the mock API: the trail as it is then.
      if (!first || params.id !== indicatorId) return undefined;
      first = false;
      const items = await mockStore.audit(indicatorId);
      read();
      await released;
      return HttpResponse.json({ items });
    }),
  );
  return { wasRead, release };
}
