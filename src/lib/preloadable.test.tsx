import { act, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable } from './preloadable';

/** A component whose code arrives when the test says so, and that keeps a count of its own. */
function later() {
  let arrive!: () => void;
  const code = new Promise<void>((resolve) => (arrive = resolve));
  let loads = 0;
  const Counter = preloadable(async () => {
    loads += 1;
    await code;
    return function Count({ label }: { label: string }) {
      const [n, setN] = useState(0);
      return (
        <button type="button" onClick={() => setN(n + 1)}>
          {label} {n}
        </button>
      );
    };
  });
  return { Counter, arrive, loads: () => loads };
}

describe('preloadable', () => {
  it('draws at once, without its fallback, once its code is loaded ahead', async () => {
    const { Counter, arrive } = later();
    const loading = Counter.preload();
    arrive();
    await loading;
    render(
      <Suspense fallback={<p>加载中</p>}>
        <Counter label="count" />
      </Suspense>,
    );
    expect(screen.queryByText('加载中')).toBeNull();
    expect(screen.getByRole('button')).toHaveTextContent('count 0');
  });

  it('suspends like lazy when drawn before its code, loads it once, and keeps its state', async () => {
    const { Counter, arrive, loads } = later();
    const { rerender } = render(
      <Suspense fallback={<p>加载中</p>}>
        <Counter label="count" />
      </Suspense>,
    );
    expect(screen.getByText('加载中')).toBeInTheDocument();
    await act(async () => {
      arrive();
      await Counter.preload();
    });
    const button = await screen.findByRole('button');
    act(() => button.click());
    expect(button).toHaveTextContent('count 1');
    // A later render after the code is in does not swap the component (it would remount).
    rerender(
      <Suspense fallback={<p>加载中</p>}>
        <Counter label="tally" />
      </Suspense>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('tally 1');
    expect(loads()).toBe(1);
  });
});
