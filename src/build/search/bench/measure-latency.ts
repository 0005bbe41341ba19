import v8 from 'node:v8';
import vm from 'node:vm';
import { keystrokes } from './bench-queries';
import { freshEngine, type ServedSearch } from './measure-first-query';

export interface Latency {
  /** Each query on a fresh engine, shards in memory: parsing and assembling them, then searching. */
  firstQuery: number[];
  /** Whole queries that find something, once their shards are loaded (8 results, snippets included). */
  query: number[];
  /** Whole queries that find nothing, with their "did you mean" names. */
  nothingFound: number[];
  /** Every prefix of every query, as typed, shards loaded. */
  keystroke: number[];
}

export async function measureLatency(served: ServedSearch, queries: readonly string[]): Promise<Latency> {
  collectGarbage();
  const firstQuery: number[] = [];
  for (const query of queries) {
    const { engine } = freshEngine(served);
    firstQuery.push(await time(() => engine.search(query, 8)));
  }
  const { engine } = freshEngine(served);
  const typed = keystrokes(queries);
  for (const query of typed) await engine.search(query, 8); // loads every shard these need
  const query: number[] = [];
  const nothingFound: number[] = [];
  for (const text of queries) {
    const found = (await engine.search(text, 8)).total > 0;
    for (let run = 0; run < 20; run++) (found ? query : nothingFound).push(await time(() => engine.search(text, 8)));
  }
  const keystroke: number[] = [];
  for (const text of typed) for (let run = 0; run < 5; run++) keystroke.push(await time(() => engine.search(text, 8)));
  return { firstQuery, query, nothingFound, keystroke };
}

/**
 * A full garbage collection. Compiling the bench's sites leaves hundreds of megabytes of garbage;
 * collected in the middle of the measurements, it was charged to whichever queries it interrupted.
 * The search's own garbage is still collected, and counted, while the queries run (and the
 * compiler's live data makes those collections slower than in a browser tab: p95s here are
 * about twice those of the same queries in a fresh process).
 */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/**
 * The CPU time (user + system, in ms) a query takes: on a shared machine, wall time also counts
 * the time other processes held the core. Shards are in memory, so a query never waits.
 */
async function time(run: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
