// The revision read that concurrent list requests share: fewer queries, never an older answer.
import { describe, expect, it } from 'vitest';
import { coalesce } from '@/server/store/sql-store';

/** A read of `state.value` as a query sees it when it starts, answering a tick later. */
function fakeQuery(state: { value: number; queries: number; fail?: boolean }) {
  return async () => {
    state.queries += 1;
    const seen = state.value;
    const fail = state.fail;
    await new Promise((r) => setTimeout(r, 5));
    if (fail) throw new Error('the database does not answer');
    return seen;
  };
}

describe('coalesce', () => {
  it('lets callers asking while a query runs share the next one', async () => {
    const state = { value: 7, queries: 0 };
    const read = coalesce(fakeQuery(state));
    const answers = await Promise.all(Array.from({ length: 100 }, () => read()));
    expect(answers).toEqual(Array(100).fill(7));
    // the first caller's query, and one more for the 99 who asked while it ran
    expect(state.queries).toBe(2);
  });

  it('never answers a caller with a query that began before it asked (read-your-writes)', async () => {
    const state = { value: 1, queries: 0 };
    const read = coalesce(fakeQuery(state));
    const before = read(); // starts a query that sees 1
    state.value = 2; // a write commits while it runs
    const after = read(); // asked after the commit
    expect(await before).toBe(1);
    expect(await after).toBe(2);
  });

  it('gives every sharer the failure, and queries afresh on the next call', async () => {
    const state = { value: 3, queries: 0, fail: false };
    const read = coalesce(fakeQuery(state));
    const first = read();
    state.fail = true;
    const shared = [read(), read()];
    await expect(first).resolves.toBe(3);
    await expect(Promise.all(shared)).rejects.toThrow('the database does not answer');
    state.fail = false;
    await expect(read()).resolves.toBe(3);
    expect(state.queries).toBe(3);
  });
});
