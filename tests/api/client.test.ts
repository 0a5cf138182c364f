// The client's time limit and how it tells failures apart, against the shared MSW server.
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from '@/domain/zod';
import { server } from '@mocks/node';
import { ApiError, apiGet, outcomeUnknown, setRequestTimeout } from '@/lib/api/client';

const schema = z.object({ ok: z.boolean() });

afterEach(() => void setRequestTimeout(10_000));

describe('the API client', () => {
  it('gives up after its time limit with a transient timeout error', async () => {
    setRequestTimeout(100);
    server.use(http.get('*/api/slow', () => delay('infinite')));
    const error = await apiGet('/slow', schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'timeout', transient: true });
    expect(outcomeUnknown(error)).toBe(true);
  });

  it('lets a cancel through as a cancel, not a timeout or a network failure', async () => {
    server.use(
      http.get('*/api/slow', async () => {
        await delay(200);
        return HttpResponse.json({ ok: true });
      }),
    );
    const controller = new AbortController();
    const pending = apiGet('/slow', schema, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('answers in time within the limit', async () => {
    setRequestTimeout(1000);
    server.use(http.get('*/api/fine', () => HttpResponse.json({ ok: true })));
    await expect(apiGet('/fine', schema)).resolves.toEqual({ ok: true });
  });

  it.each([
    ['a cut-off body', () => new HttpResponse('{"ok": tr', { status: 200 }), 'malformed'],
    ['a value of the wrong type', () => HttpResponse.json({ ok: 'yes' }), 'invalidPayload'],
    ['no connection', () => HttpResponse.error(), 'network'],
    ['a 503 with an HTML page', () => new HttpResponse('<h1>down</h1>', { status: 503 }), 'http'],
  ])('tells %s apart', async (_, answer, code) => {
    server.use(http.get('*/api/x', answer));
    await expect(apiGet('/x', schema)).rejects.toMatchObject({ code });
  });
});
