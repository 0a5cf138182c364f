// Reads a Server-Sent Events response as the tests need it: each message's fields, and comments,
// waited for one at a time with a deadline.
import type { ChangeEvent } from '@/domain/change-events';

export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  /** A comment line (`: heartbeat`), when the block was one. */
  comment?: string;
}

export interface SseReader {
  /** The next message (or comment) that `match` accepts, within `ms`; others are skipped. */
  next(match?: (m: SseMessage) => boolean, ms?: number): Promise<SseMessage>;
  /** The next `count` change events, in the order they came. */
  changes(count: number, ms?: number): Promise<ChangeEvent[]>;
  /** Resolves when the server ends the stream. */
  ended(ms?: number): Promise<void>;
  cancel(): Promise<void>;
}

export function readSse(response: Response): SseReader {
  if (!response.body) throw new Error('no body');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const queue: SseMessage[] = [];
  let done = false;

  const parse = (block: string): SseMessage => {
    const m: SseMessage = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) m.comment = line.slice(1).trim();
      const at = line.indexOf(': ');
      const [field, value] = at > 0 ? [line.slice(0, at), line.slice(at + 2)] : [line, ''];
      if (field === 'id' || field === 'event' || field === 'data') m[field] = value;
    }
    return m;
  };
  const pump = async (ms: number) => {
    const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms));
    const read = await Promise.race([reader.read(), timer]);
    if (read === 'timeout') throw new Error(`nothing arrived within ${ms} ms`);
    if (read.done) {
      done = true;
      return;
    }
    buffer += decoder.decode(read.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      queue.push(parse(buffer.slice(0, end)));
      buffer = buffer.slice(end + 2);
    }
  };

  const api: SseReader = {
    async next(match = () => true, ms = 5000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = queue.shift();
        if (found) {
          if (match(found)) return found;
          continue;
        }
        if (done) throw new Error('the stream ended');
        await pump(Math.max(1, deadline - Date.now()));
      }
    },
    async changes(count, ms = 5000) {
      const out: ChangeEvent[] = [];
      while (out.length < count) {
        const m = await api.next((x) => x.event === 'change' || x.event === 'reset', ms);
        if (m.event === 'reset') throw new Error(`unexpected reset: ${m.data}`);
        out.push(JSON.parse(m.data ?? '') as ChangeEvent);
      }
      return out;
    },
    async ended(ms = 5000) {
      const deadline = Date.now() + ms;
      while (!done) {
        queue.length = 0;
        await pump(Math.max(1, deadline - Date.now()));
      }
    },
    cancel: () => reader.cancel(),
  };
  return api;
}
