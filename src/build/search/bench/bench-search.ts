import os from 'node:os';
import path from 'node:path';
import { searchManifestUrl } from '../../../shared/search/search-data';
import { benchQueries } from './bench-queries';
import { measureFirstQuery, serveSearch, type ServedSearch } from './measure-first-query';
import { measureLatency, percentile } from './measure-latency';
import { loadSearchCorpora } from './search-corpora';

/**
 * `npm run bench:search`: for each corpus, the size of the emitted search files, the bytes a first
 * query downloads (gzip) for typical queries and over all bench queries, and query latency
 * (p50/p95). CONTENT_DIR picks the content; BENCH_QUICK=1 skips the generated 500- and 5,000-page
 * sites (compiling them takes about a minute).
 */
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const quick = process.env.BENCH_QUICK === '1';

/** Typical first queries: an acronym, a name, a typo, a formula, a prefix, a British spelling, a synonym. */
const typicalQueries = [
  'KL',
  'variational autoencoder',
  'autoencodr',
  'sqrt d_k',
  'softmax',
  'transf',
  'mode collapse',
  'normalisation',
  'MHSA',
  'gradient',
];

console.log(`Search bench (Node ${process.versions.node}, ${process.platform}, ${os.availableParallelism()} cores)`);
for (const { label, search } of await loadSearchCorpora(contentDir, quick)) {
  const served = serveSearch(search);
  const { manifest } = search;
  console.log(`\n## ${label}: ${manifest.ranking.documentCount.toLocaleString('en')} sections\n`);
  describeFiles(served, [...search.shards.keys()]);

  console.log('\n| first query | files | downloaded (gzip) |\n|---|---|---|');
  for (const query of typicalQueries) {
    const first = await measureFirstQuery(served, query);
    console.log(`| ${query} | ${first.files} | ${kb(first.gzipBytes)} |`);
  }
  const all = await Promise.all(
    benchQueries.map(async (query) => ({ query, ...(await measureFirstQuery(served, query)) })),
  );
  const largest = all.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  const sizes = all.map((first) => first.gzipBytes);
  console.log(
    `\nFirst query, over the ${all.length} bench queries: median ${kb(percentile(sizes, 50))}, p95 ${kb(percentile(sizes, 95))}, largest ${kb(largest.gzipBytes)} ("${largest.query}").`,
  );

  const latency = await measureLatency(served, benchQueries);
  console.log('Latency is CPU time per query (see measure-latency.ts).');
  const runs = (values: readonly number[]) => `${values.length / 20} queries × 20`;
  console.log(
    `Query with its shards loaded, 8 results with snippets (${runs(latency.query)}): ${spread(latency.query)}.`,
  );
  if (latency.nothingFound.length > 0)
    console.log(
      `Query finding nothing, with "did you mean" (${runs(latency.nothingFound)}): ${spread(latency.nothingFound)}.`,
    );
  console.log(`As typed (every prefix of every query × 5): ${spread(latency.keystroke)}.`);
  console.log(
    `First query without the network (parse its shards, assemble the index, search): ${spread(latency.firstQuery)}.`,
  );
}

function describeFiles(served: ServedSearch, shards: string[]) {
  const total = (urls: string[]) => ({
    raw: urls.reduce((sum, url) => sum + served.json(url).length, 0),
    gzip: urls.reduce((sum, url) => sum + served.gzipBytes(url), 0),
  });
  const all = total([searchManifestUrl, ...shards]);
  console.log(`All search files: ${kb(all.raw)} raw, ${kb(all.gzip)} gzip.`);
  for (const kind of ['manifest', 'terms', 'documents', 'formulas', 'vocabulary']) {
    const urls = [searchManifestUrl, ...shards].filter((url) => url.startsWith(`/data/search-${kind}`));
    const sizes = urls.map((url) => served.gzipBytes(url));
    const { raw, gzip } = total(urls);
    console.log(
      `${kind}: ${urls.length} file${urls.length === 1 ? '' : 's'}, ${kb(raw)} raw, ${kb(gzip)} gzip` +
        (urls.length > 1 ? ` (each ${kb(Math.min(...sizes))} to ${kb(Math.max(...sizes))} gzip).` : '.'),
    );
  }
}

function spread(values: readonly number[]): string {
  return `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}, max ${ms(Math.max(...values))}`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}
