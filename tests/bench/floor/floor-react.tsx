// The benchmark's second floor (npm run bench): floor.ts plus React. React renders a heading and a
// loading line at once, then one figure from the indicator list once the mock API answers. No
// router, no query cache, no validation, no styles: any first screen built on this stack and this
// mock layer does at least this much before its first figure shows.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { startMockApi } from '@mocks/browser';

const ready = startMockApi().then(() => performance.mark('npf:mock-api-ready'));

async function countIndicators(): Promise<number> {
  await ready;
  const res = await fetch(new URL('/api/indicators', window.location.href));
  const body = (await res.json()) as { items: unknown[] };
  return body.items.length;
}

function Floor() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void countIndicators().then(setCount);
  }, []);
  return (
    <main>
      <h1>新质生产力举措跟踪 · 南京</h1>
      {/* Keyed apart, as the app's figure is a new element when the data comes (the bench's
          Element Timing reports an element's text once, when the element is first painted). */}
      {count === null ? (
        <p key="loading">正在加载…</p>
      ) : (
        <p key="figure" data-figure="headline">
          {count} 项指标
        </p>
      )}
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('floor: react.html has no #root');
createRoot(root).render(<Floor />);
