// Password checks wait their turn: a few at a time (scrypt holds a thread of libuv's small pool
// and 64 MB for ~100 ms each), a bounded queue behind them, and a share of it per address, so a
// burst of sign-ins from one place cannot take every turn. A check with no turn is refused at
// once (the caller answers 503 with Retry-After) instead of waiting without end.

export interface HashingLimits {
  /** Checks running at once. */
  concurrency: number;
  /** Checks waiting, from everyone. */
  queued: number;
  /** Checks running or waiting from one address. */
  perAddress: number;
}

/** libuv has four threads: two for passwords leaves two for everything else that needs one. */
export const HASHING_LIMITS: HashingLimits = { concurrency: 2, queued: 32, perAddress: 4 };

/** No turn for this check now: the queue, or this address's share of it, is full. */
export class HashingBusy extends Error {
  constructor() {
    super('too many sign-ins are being checked; try again in a few seconds');
    this.name = 'HashingBusy';
  }
}

export interface HashingQueue {
  /** Runs `task` when its turn comes, or throws HashingBusy at once when there is none. */
  run<T>(address: string, task: () => Promise<T>): Promise<T>;
}

export function createHashingQueue(limits: HashingLimits = HASHING_LIMITS): HashingQueue {
  let running = 0;
  const waiting: (() => void)[] = [];
  const perAddress = new Map<string, number>();

  const turn = (): Promise<void> => {
    if (running < limits.concurrency) {
      running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const done = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return {
    async run(address, task) {
      const mine = perAddress.get(address) ?? 0;
      if (mine >= limits.perAddress) throw new HashingBusy();
      if (running >= limits.concurrency && waiting.length >= limits.queued) {
        throw new HashingBusy();
      }
      perAddress.set(address, mine + 1);
      try {
        await turn();
        try {
          return await task();
        } finally {
          done();
        }
      } finally {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      }
    },
  };
}
