import path from 'node:path';
import { buildSite } from '../build-site';

/** `npm run build`: builds the site into dist/. CONTENT_DIR, OUT_DIR and BASE_PATH override the defaults. */
const root = process.cwd();
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const started = performance.now();

try {
  const { pageCount } = await buildSite({
    root,
    outDir,
    contentDir: process.env.CONTENT_DIR ?? 'content',
    base: process.env.BASE_PATH ?? '/',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Built ${pageCount} pages into ${path.relative(root, outDir)}/ in ${seconds} s.`);
} catch (error) {
  console.error(`\nBuild failed.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
