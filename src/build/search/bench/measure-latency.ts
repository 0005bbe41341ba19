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

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
