import path from 'node:path';
import { buildSite } from '../build-site';

/** `npm run build`: builds the site into dist/. CONTENT_DIR, OUT_DIR, BASE_PATH and SITE_URL override the defaults. */
const root = process.cwd();
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const started = performance.now();

try {
  const { pageCount } = await buildSite({
    root,
    outDir,
    contentDir: process.env.CONTENT_DIR ?? 'content',
    base: process.env.BASE_PATH ?? '/',
    siteUrl: process.env.SITE_URL,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const peakMegabytes = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    `Built ${pageCount} pages into ${path.relative(root, outDir)}/ in ${seconds} s (peak memory ${peakMegabytes} MB).`,
  );
} catch (error) {
  console.error(`\nBuild failed.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
