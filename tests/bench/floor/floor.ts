// The benchmark's floor (npm run bench): what the mock API alone costs a first visit. No React and
// no app, only what every first screen of the mock build has to wait for: the mock layer loaded
// and started as the app starts it (its service worker registered early by the same script), then
// the indicator list fetched and one line of text written from it. The app's first headline
// figure cannot show sooner than this page's line does.
import { startMockApi } from '@mocks/browser';

const root = document.getElementById('root');
if (!root) throw new Error('floor: index.html has no #root');
await startMockApi();
performance.mark('npf:mock-api-ready');
const res = await fetch(new URL('/api/indicators', window.location.href));
const body = (await res.json()) as { items: unknown[] };
const line = document.createElement('p');
line.dataset.figure = 'headline';
line.textContent = `${String(body.items.length)} 项指标`;
root.replaceChildren(line);
