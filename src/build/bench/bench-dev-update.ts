import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from './generate-corpus';
import { measureDevUpdate } from './measure-dev-update';

/**
 * `npx tsx src/build/bench/bench-dev-update.ts`: only the dev-server part of `npm run bench`, the
 * time from editing a content file to its new title on screen (median of 5 edits), on a copy of
 * the real content and on 500 generated large pages. BENCH_PORT sets the first of the two ports.
 */
// Not npm run bench's folder: the two may run at the same time.
const work = path.join(os.tmpdir(), 'dlt-bench-dev-update');
const port = Number(process.env.BENCH_PORT ?? 4603);

async function main() {
  // A copy, so that the edits never touch content/ (the copy has no git history: no last-updated dates).
  const real = path.join(work, 'content-real');
  await fs.rm(real, { recursive: true, force: true });
  await fs.cp('content', real, { recursive: true });
  const large = path.join(work, 'content-500-large');
  await generateCorpus({ dir: large, seed: 500, size: 'large', pages: 500 });

  const realUpdate = await measureDevUpdate(real, 'lstm-components', port);
  const largeUpdate = await measureDevUpdate(large, 'question-7', port + 1);
  console.log('\n## Dev server (edit to new title on screen, median of 5)\n');
  console.log(`| corpus | update |\n|---|---|`);
  console.log(`| real content | ${Math.round(realUpdate)} ms |`);
  console.log(`| 500 large pages | ${Math.round(largeUpdate)} ms |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
