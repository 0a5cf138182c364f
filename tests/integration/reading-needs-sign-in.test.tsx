// Where reading needs a sign-in (a server with READ_ACCESS=signed-in), a page asks for data only
// once the session allows it: an anonymous visitor's page asks for the session alone, so no
// request answers 401 (each a console error in the browser); a page the server sent figures with,
// or one that already knows who is signed in, asks at once.
import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import type { SessionResponse } from '@/domain/accounts';
import { startLiveUpdates } from '@/lib/live/live-updates';
import { createQueryClient, readBeforeSession, SESSION_KEY } from '@/lib/query-client';
import { useLiveStatus } from '@/stores/live-status';
import { currentUrl, renderApp } from '@tests/render';
import { DEMO_PASSWORD } from '@tests/session';

const anonymous: SessionResponse = { principal: { kind: 'anonymous' }, readAccess: 'signed-in' };
const viewer: SessionResponse = {
  principal: {
    kind: 'user',
    username: 'viewer',
    displayName: '张观（只读）',
    role: 'viewer',
    departments: [],
  },
  readAccess: 'signed-in',
};

/** The API paths asked for, in order. */
let asked: string[] = [];
const record = ({ request }: { request: Request }) => {
  asked.push(new URL(request.url).pathname);
};
/** The live feed's connections (jsdom has no EventSource). */
let feeds: string[] = [];
let stopLive = () => {};

beforeEach(() => {
  asked = [];
  feeds = [];
  server.events.on('request:start', record);
  vi.stubGlobal(
    'EventSource',
    class {
      onopen: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(url: string) {
        feeds.push(new URL(url).pathname);
      }
      addEventListener() {}
      close() {}
    },
  );
});

afterEach(() => {
  stopLive();
  stopLive = () => {};
  useLiveStatus.setState({ status: 'off' });
  server.events.removeListener('request:start', record);
  vi.unstubAllGlobals();
});

describe('where reading needs a sign-in', () => {
  it('asks an anonymous visitor for nothing but the session, then everything once signed in', async () => {
    server.use(http.get('*/api/session', () => HttpResponse.json(anonymous)));
    // A server's page without figures: the session comes first.
    const queryClient = createQueryClient({ sessionFirst: true });
    const { router, user } = renderApp('/departments?dept=finance', { queryClient });
    stopLive = startLiveUpdates(queryClient, { source: 'stream' });

    expect(await screen.findByText('查看本站需要先登录。')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/sign-in?next=%2Fdepartments%3Fdept%3Dfinance');
    expect(asked.filter((path) => path !== '/api/session')).toEqual([]);
    expect(feeds).toEqual([]);

    await user.type(screen.getByLabelText('用户名'), 'finance');
    await user.type(screen.getByLabelText('密码'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: '登录' }));

    const scorecards = await screen.findByRole('region', { name: '部门记分卡' });
    expect(await within(scorecards).findByText('南京市地方金融管理局')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/departments?dept=finance');
    expect(feeds).toEqual(['/api/events']);
  });

  it.each(['/present', '/brief'])(
    'sends an anonymous visitor from %s, outside the shell, to sign in too',
    async (path) => {
      server.use(http.get('*/api/session', () => HttpResponse.json(anonymous)));
      const { router } = renderApp(path, {
        queryClient: createQueryClient({ sessionFirst: true }),
      });
      expect(await screen.findByText('查看本站需要先登录。')).toBeInTheDocument();
      expect(currentUrl(router)).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
      expect(asked.filter((p) => p !== '/api/session')).toEqual([]);
    },
  );

  it('asks at once when the page came with figures, before the session answers', async () => {
    server.use(
      http.get('*/api/session', async () => {
        await delay('infinite');
        return HttpResponse.json(viewer);
      }),
    );
    const queryClient = createQueryClient({ sessionFirst: true });
    // A server sends figures with its page only to someone who may read them.
    readBeforeSession(queryClient);
    renderApp('/', { queryClient });
    await waitFor(() => expect(asked).toContain('/api/indicators'));
  });

  it('asks at once when the session in the cache says who is signed in', async () => {
    server.use(
      http.get('*/api/session', async () => {
        await delay('infinite');
        return HttpResponse.json(viewer);
      }),
    );
    const queryClient = createQueryClient({ sessionFirst: true });
    queryClient.setQueryData(SESSION_KEY, viewer);
    renderApp('/', { queryClient });
    stopLive = startLiveUpdates(queryClient, { source: 'stream' });
    await waitFor(() => expect(asked).toContain('/api/indicators'));
    expect(asked).not.toContain('/api/session');
    expect(feeds).toEqual(['/api/events']);
  });
});
