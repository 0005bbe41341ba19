import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from './generate-corpus';
import { measureBuild, type BuildMeasure } from './measure-build';
import { measureDevUpdate } from './measure-dev-update';
import { measureLighthouse } from './measure-lighthouse';
import { measureTransfer } from './measure-transfer';
import { serveSite } from './serve';

/**
 * `npm run bench`: builds the real site, a 500-page corpus of large pages and a 5,000-page corpus
 * of question-sized pages; reports build time and memory, first-visit bytes, Lighthouse medians
 * and the dev server's update latency. Timings are reported here, never asserted in tests.
 * BENCH_QUICK=1 skips Lighthouse and the 5,000-page build.
 */
const quick = process.env.BENCH_QUICK === '1';
const work = path.join(os.tmpdir(), 'dlt-bench');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const builds: [string, BuildMeasure][] = [];
  const real = path.join(work, 'dist-real');
  builds.push(['real content', await measureBuild('content', real)]);

  const large = path.join(work, 'content-500-large');
  await generateCorpus({ dir: large, seed: 500, size: 'large', pages: 500 });
  builds.push(['500 large pages', await measureBuild(large, path.join(work, 'dist-500'))]);

  const small = path.join(work, 'content-5000-small');
  if (!quick) {
    await generateCorpus({ dir: small, seed: 5000, size: 'small', pages: 5000 });
    builds.push(['5,000 small pages', await measureBuild(small, path.join(work, 'dist-5000'))]);
  }

  console.log('\n## Build (wall time, peak RSS)\n');
  console.log('| corpus | pages | wall | peak RSS |\n|---|---|---|---|');
  for (const [name, build] of builds) {
    console.log(`| ${name} | ${build.pages} | ${build.seconds.toFixed(1)} s | ${build.peakMegabytes} MB |`);
  }

  const sites: [string, string, number, string[]][] = [
    ['real content', real, 4601, ['/', '/topics/variational-autoencoders', '/questions/lstm-components']],
    ['500 large pages', path.join(work, 'dist-500'), 4602, ['/', '/topics/topic-1', '/questions/question-7']],
  ];
  if (!quick) {
    sites.push([
      '5,000 small pages',
      path.join(work, 'dist-5000'),
      4604,
      ['/', '/topics/topic-1', '/questions/question-7'],
    ]);
  }
  for (const [name, dir, port, pages] of sites) {
    const server = await serveSite(dir, port);
    try {
      const transfer = await measureTransfer(pages.map((page) => server.url + page));
      console.log(`\n## First visit, ${name} (gzip; fonts raw woff2)\n`);
      console.log(
        '| page | HTML | JS | of which ours | CSS | data | fonts | total |\n|---|---|---|---|---|---|---|---|',
      );
      for (const [url, bytes] of transfer) {
        console.log(
          `| ${new URL(url).pathname} | ${kb(bytes.html)} | ${kb(bytes.js)} | ${kb(bytes.ownJs)} | ${kb(bytes.css)} | ${kb(bytes.data)} | ${kb(bytes.font)} | ${kb(bytes.total)} |`,
        );
      }
      if (!quick) {
        console.log(
          `\n## Lighthouse, ${name} (median of 3: performance / accessibility / best practices / SEO, LCP, blocking time; then each run's mobile performance)\n`,
        );
        console.log(
          '| page | mobile | mobile LCP | mobile TBT | desktop | desktop LCP | mobile runs |\n|---|---|---|---|---|---|---|',
        );
        for (const page of pages) {
          const mobile = await measureLighthouse(server.url + page, 'mobile');
          const desktop = await measureLighthouse(server.url + page, 'desktop');
          const scores = (m: typeof mobile) => `${m.performance} / ${m.accessibility} / ${m.bestPractices} / ${m.seo}`;
          console.log(
            `| ${page} | ${scores(mobile)} | ${mobile.lcpSeconds.toFixed(2)} s | ${Math.round(mobile.blockingMs)} ms | ${scores(desktop)} | ${desktop.lcpSeconds.toFixed(2)} s | ${mobile.performanceRuns.join(', ')} |`,
          );
        }
      }
    } finally {
      server.stop();
    }
  }

  const update = await measureDevUpdate(large, 'question-7', 4603);
  console.log(
    `\n## Dev server\n\nEditing one content file at 500 pages shows in the browser after ${Math.round(update)} ms (median of 5).`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
