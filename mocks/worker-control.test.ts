import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerInControl } from './worker-control';

/** A service worker container the test drives: which registration it has, when it takes control. */
function fakeContainer(registration: Partial<ServiceWorkerRegistration> | undefined) {
  const target = new EventTarget();
  const state = { controller: null as ServiceWorker | null };
  let answer: (r: typeof registration) => void = () => {};
  const container = {
    get controller() {
      return state.controller;
    },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    getRegistration: () =>
      new Promise<typeof registration>((resolve) => {
        answer = resolve;
      }),
  } as unknown as ServiceWorkerContainer;
  return {
    container,
    takeControl: () => {
      state.controller = {} as ServiceWorker;
      target.dispatchEvent(new Event('controllerchange'));
    },
    answerRegistration: () => answer(registration),
  };
}

/** Whether the promise has settled, after letting pending callbacks run (timers stay put). */
async function settled(promise: Promise<unknown>) {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
  return done;
}

describe('waiting for the mock API worker to control the page', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('goes on at once when the page is already controlled', async () => {
    const sw = fakeContainer({ active: {} as ServiceWorker });
    sw.takeControl();
    expect(await settled(workerInControl(sw.container))).toBe(true);
  });

  it('goes on as soon as the worker takes control, also while its registration is looked up', async () => {
    vi.useFakeTimers();
    const sw = fakeContainer({ active: {} as ServiceWorker });
    const waiting = workerInControl(sw.container);
    // A first visit: the worker activates and claims the page before the lookup answers.
    sw.takeControl();
    sw.answerRegistration();
    expect(await settled(waiting)).toBe(true);
  });

  it('waits for a worker still installing to take control', async () => {
    vi.useFakeTimers();
    const sw = fakeContainer({ installing: {} as ServiceWorker });
    const waiting = workerInControl(sw.container);
    sw.answerRegistration();
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled(waiting)).toBe(false);
    sw.takeControl();
    expect(await settled(waiting)).toBe(true);
  });

  it('leaves an active worker that does not take control to MSW after a short wait', async () => {
    vi.useFakeTimers();
    const sw = fakeContainer({ active: {} as ServiceWorker });
    const waiting = workerInControl(sw.container);
    sw.answerRegistration();
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(await settled(waiting)).toBe(true);
  });

  it('goes on at once when no worker is registered', async () => {
    const sw = fakeContainer(undefined);
    const waiting = workerInControl(sw.container);
    sw.answerRegistration();
    expect(await settled(waiting)).toBe(true);
  });
});
