// Loaded into the benchmarked server with `node --import` (never by `npm start`): every 250 ms it
// appends one JSON line to BENCH_PROBE_FILE with where the process's memory is (RSS, V8 heap,
// external and array buffers, the WebAssembly memories PGlite runs in) and, since the previous
// line, the GC pauses and the event loop's delay. tests/bench/server.mjs reads it per phase. On
// SIGUSR2 it collects all garbage first (with --expose-gc) and then writes a line, so what stays
// reachable can be told from what merely waits for a collection.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { writeHeapSnapshot } from 'node:v8';

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  // WebAssembly memories, as instances export them or modules are handed them; held weakly so
  // that watching one (initdb's, on a first start) does not keep it alive.
  const memories = new Set();
  const seen = new WeakSet();
  const watch = (memory) => {
    if (!(memory instanceof WebAssembly.Memory) || seen.has(memory)) return;
    seen.add(memory);
    memories.add(new WeakRef(memory));
  };
  const watchInstance = (instance) => {
    for (const value of Object.values(instance.exports)) watch(value);
  };
  const watchImports = (imports) => {
    for (const ns of Object.values(imports ?? {})) {
      for (const value of Object.values(ns ?? {})) watch(value);
    }
  };
  const { Instance, instantiate } = WebAssembly;
  WebAssembly.Instance = new Proxy(Instance, {
    construct(target, args, newTarget) {
      watchImports(args[1]);
      const instance = Reflect.construct(target, args, newTarget);
      watchInstance(instance);
      return instance;
    },
  });
  WebAssembly.instantiate = async (source, imports) => {
    watchImports(imports);
    const result = await instantiate(source, imports);
    watchInstance(result instanceof Instance ? result : result.instance);
    return result;
  };
  const wasmBytes = () => {
    let total = 0;
    for (const ref of memories) {
      const memory = ref.deref();
      if (memory) total += memory.buffer.byteLength;
      else memories.delete(ref);
    }
    return total;
  };

  let gcCount = 0;
  let gcMs = 0;
  let gcMaxMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcCount += 1;
      gcMs += entry.duration;
      gcMaxMs = Math.max(gcMaxMs, entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();

  const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
  let cpu = process.cpuUsage();
  const sample = (collected) => {
    const m = process.memoryUsage();
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const line = {
      t: Date.now(),
      collected,
      rss: mb(m.rss),
      heapUsed: mb(m.heapUsed),
      heapTotal: mb(m.heapTotal),
      external: mb(m.external),
      arrayBuffers: mb(m.arrayBuffers),
      wasm: mb(wasmBytes()),
      // The process's CPU time (all threads: the main one, GC helpers, zlib's pool).
      cpuMs: Math.round((used.user + used.system) / 100) / 10,
      gcCount,
      gcMs: Math.round(gcMs * 10) / 10,
      gcMaxMs: Math.round(gcMaxMs * 10) / 10,
      // Nanoseconds in the histogram; 0 when it saw no sample.
      delayP99Ms: Math.round(delay.percentile(99) / 1e5) / 10,
      delayMaxMs: Math.round(delay.max / 1e5) / 10,
    };
    gcCount = 0;
    gcMs = 0;
    gcMaxMs = 0;
    delay.reset();
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  setInterval(() => sample(false), 250).unref();
  // BENCH_HEAP_SNAPSHOTS: a folder to write a heap snapshot into at each of those moments.
  const snapshots = process.env.BENCH_HEAP_SNAPSHOTS;
  process.on('SIGUSR2', () => {
    // Collect, let the finalization callbacks the collection queued run (undici's Request keeps
    // each request's abort listener until its FinalizationRegistry callback removes it), collect
    // again: what is left is reachable.
    globalThis.gc?.({ type: 'major', execution: 'sync' });
    setTimeout(() => {
      globalThis.gc?.({ type: 'major', execution: 'sync' });
      globalThis.gc?.({ type: 'major', execution: 'sync' });
      sample(typeof globalThis.gc === 'function');
      if (snapshots) writeHeapSnapshot(join(snapshots, `server-${Date.now()}.heapsnapshot`));
    }, 500);
  });
}
