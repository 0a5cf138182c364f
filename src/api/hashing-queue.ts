// Sign-in attempts wait their turn: a few at a time (each counts itself in the database, then
// checks a password: scrypt holds a thread of libuv's small pool and 64 MB for ~100 ms), a
// bounded queue behind them, and a share of it per address, so a burst of sign-ins from one place
// cannot take every turn, nor queue hundreds of queries ahead of everyone else's in the database.
// An attempt with no turn is refused at once (the caller answers 503 with Retry-After, nothing
// counted) instead of waiting without end.

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

/** How long a refusal the database gave is repeated from memory before the database is asked. */
export const BLOCK_RECHECK_MS = 5_000;

/**
 * Refusals remembered: once the database has said a throttle key is over its limit, attempts
 * under that key are refused from memory (no turn, no query) for a few seconds, then the database
 * is asked again. Only refusals are remembered, so the database still decides every admission
 * (on every instance); an unlock through this instance forgets them at once, through another
 * (or the CLI) within BLOCK_RECHECK_MS.
 */
export interface SignInBlocks {
  /** When the attempt may come again, if one of `keys` is remembered as over its limit at `now`. */
  blocked(keys: readonly string[], now: number): number | null;
  remember(key: string, retryAt: number, now: number): void;
  clear(): void;
}

export function createSignInBlocks(max = 10_000): SignInBlocks {
  const blocks = new Map<string, { retryAt: number; recheckAt: number }>();
  return {
    blocked(keys, now) {
      let until: number | null = null;
      for (const key of keys) {
        const block = blocks.get(key);
        if (!block) continue;
        if (block.recheckAt <= now || block.retryAt <= now) blocks.delete(key);
        else until = Math.max(until ?? 0, block.retryAt);
      }
      return until;
    },
    remember(key, retryAt, now) {
      blocks.delete(key);
      blocks.set(key, { retryAt, recheckAt: now + BLOCK_RECHECK_MS });
      if (blocks.size > max) blocks.delete(blocks.keys().next().value ?? '');
    },
    clear: () => blocks.clear(),
  };
}
