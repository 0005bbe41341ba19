import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createSearchEngine } from '../../../app/search/search-engine';
import type { SearchIndexPayload } from '../../../shared/search/search-data';
import { compileSite } from '../../compile-site';
import { dataFiles } from '../../emit/data-files';
import { indexDocuments } from '../build-search-index';
import { benchQueries, keystrokes } from './bench-queries';
import { generateSearchCorpus } from './generate-search-corpus';

/**
 * `npm run bench:search`: index size (raw, gzip), load + parse time and query latency (p50/p95)
 * on the real content and on a generated corpus of 5,000 sections. CONTENT_DIR picks the content;
 * the site's text is measured on a built site in BENCH_DIST (default dist/) when there is one.
 */
const root = process.cwd();
const contentDir = path.resolve(root, process.env.CONTENT_DIR ?? 'content');
const distDir = path.resolve(root, process.env.BENCH_DIST ?? 'dist');

const data = await compileSite(contentDir);
const files = dataFiles(data);
const indexJson = files.get('/data/search-index.json')!;
const formulasJson = files.get('/data/search-formulas.json')!;

console.log(`Search bench (Node ${process.versions.node}, ${process.platform}, ${os.availableParallelism()} cores)\n`);
const siteText = measureSiteText(files);
const real = benchIndex('real content', indexJson);
console.log(
  `  formulas file (loaded only when a result shows a formula): ${kb(formulasJson.length)} raw, ${kb(gzip(formulasJson))} gzip`,
);
console.log(`  site text, gzip: ${siteText.label}`);
console.log(`  index gzip / site text gzip: ${percent(real.gzip / siteText.gzip)} (target < 25%)`);
for (const extra of siteText.others) console.log(`  index gzip / ${extra.label}: ${percent(real.gzip / extra.gzip)}`);

const payload = JSON.parse(indexJson) as SearchIndexPayload;
const stored = payload.documents;
const corpus = generateSearchCorpus(stored, payload.vocabulary, 5000);
const generated = JSON.stringify(indexDocuments(corpus, payload.synonyms, payload.vocabulary));
console.log('');
benchIndex('generated corpus, 5,000 sections', generated);

function benchIndex(label: string, json: string): { gzip: number } {
  const size = gzip(json);
  const sample = JSON.parse(json) as SearchIndexPayload;
  console.log(`${label}: ${sample.index.documentCount} sections, ${sample.index.index.length} terms`);
  console.log(`  index: ${kb(json.length)} raw, ${kb(size)} gzip`);

  const loads = repeat(15, () => createSearchEngine(JSON.parse(json) as SearchIndexPayload));
  console.log(
    `  load + parse (JSON.parse + MiniSearch.loadJS): median ${ms(percentile(loads, 50))}, max ${ms(Math.max(...loads))}`,
  );

  const engine = createSearchEngine(JSON.parse(json) as SearchIndexPayload);
  const typed = keystrokes(benchQueries);
  for (const query of typed) engine.search(query, 8); // warm up
  const whole = benchQueries.flatMap((query) => repeat(20, () => engine.search(query, 8)));
  const perKey = typed.flatMap((query) => repeat(5, () => engine.search(query, 8)));
  console.log(
    `  query (${benchQueries.length} queries × 20): p50 ${ms(percentile(whole, 50))}, p95 ${ms(percentile(whole, 95))}, max ${ms(Math.max(...whole))}`,
  );
  console.log(
    `  as typed (${typed.length} keystrokes × 5): p50 ${ms(percentile(perKey, 50))}, p95 ${ms(percentile(perKey, 95))}, max ${ms(Math.max(...perKey))}`,
  );
  return { gzip: size };
}

/** The site's text as a visitor downloads it: the built site if there is one, else the page data. */
function measureSiteText(data: Map<string, string>) {
  const isSearch = (name: string) => /search-(index|formulas)\.json$/.test(name);
  const pageData = [...data].filter(([url]) => !isSearch(url)).reduce((sum, [, json]) => sum + gzip(json), 0);
  const pageDataLabel = `page data JSON (${data.size - 2} files): ${kb(pageData)}`;
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    return {
      gzip: pageData,
      label: `${pageDataLabel} (no built site in ${path.relative(root, distDir)}/: build it to measure HTML, JS and CSS too)`,
      others: [],
    };
  }
  const textFiles = listFiles(distDir).filter(
    (file) => /\.(html|json|js|css|svg|webmanifest|xml|txt)$/.test(file) && !isSearch(file),
  );
  const site = textFiles.reduce((sum, file) => sum + gzip(fs.readFileSync(file)), 0);
  return {
    gzip: site,
    label: `${kb(site)} (${textFiles.length} HTML/JSON/JS/CSS files of ${path.relative(root, distDir) || '.'}/, search files excluded)`,
    others: [{ label: `page data JSON alone (${kb(pageData)})`, gzip: pageData }],
  };
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function repeat(times: number, run: () => unknown): number[] {
  return Array.from({ length: times }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function gzip(text: string | Buffer): number {
  return gzipSync(text).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
