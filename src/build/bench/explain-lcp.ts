/**
 * Why a page's mobile LCP in Lighthouse is what it is: runs Lighthouse (mobile) once on each
 * given page of a built site and prints the requests and main-thread tasks of Lantern's simulated
 * largest paint, with their simulated start and end (ms). Lantern replays every request that had
 * finished before the paint observed in the real, unthrottled load, so the slowest of these is
 * the LCP. Not part of the bench: one run is noisy, and this explains rather than measures.
 *
 *   npx tsx src/build/bench/explain-lcp.ts [dist] /questions/elbo /topics/transformers
 */
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import { chromiumFlags, chromiumPath } from './chromium';
import { serveSite } from './serve';

const args = process.argv.slice(2);
// A first argument that is a folder is the built site; the rest are its pages.
const dir = args[0] && fs.statSync(args[0], { throwIfNoEntry: false })?.isDirectory() ? args.shift()! : 'dist';
const server = await serveSite(dir, 4690);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...chromiumFlags],
});
try {
  for (const route of args) {
    const lhr = (await lighthouse(server.url + route, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    }))!.lhr;
    const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);
    console.log(
      `\n${route}: LCP ${ms('largest-contentful-paint')} ms, FCP ${ms('first-contentful-paint')} ms (simulated)`,
    );
    const timings = Lantern.Simulation.Simulator.allNodeTimings.get('pessimisticLargestContentfulPaint');
    const rows = [...(timings ?? [])].sort(([, a], [, b]) => a.startTime - b.startTime);
    for (const [node, timing] of rows) {
      const what =
        node.type === 'network'
          ? `${node.request.priority} ${node.request.resourceType} ${(node.request.transferSize / 1024).toFixed(1)} KB ${node.request.url.replace(server.url, '')}`
          : `main-thread task (${Math.round(node.duration / 1000)} ms unthrottled)`;
      console.log(
        `${String(Math.round(timing.startTime)).padStart(6)} ${String(Math.round(timing.endTime)).padStart(6)}  ${what}`,
      );
    }
  }
} finally {
  chrome.kill();
  server.stop();
}
