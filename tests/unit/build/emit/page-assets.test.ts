import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageModules } from '../../../../src/build/emit/page-assets';
import { routeModules } from '../../../../src/build/emit/route-modules';

async function distWithManifest(manifest: Record<string, unknown>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dlt-page-assets-'));
  await fs.mkdir(path.join(dir, '.vite'));
  await fs.writeFile(path.join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** Two routes sharing `_frame` and the entry's `_react`. */
const manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'] },
  '_react.js': { file: 'assets/react.js' },
  '_frame.js': { file: 'assets/frame.js', imports: ['_react.js'] },
  [routeModules.topic]: { file: 'assets/TopicPage.js', imports: ['_react.js', '_frame.js'] },
  [routeModules.practice]: { file: 'assets/PracticePage.js', imports: ['_drill-card.js', '_frame.js'] },
  '_drill-card.js': { file: 'assets/drill-card.js', imports: ['_frame.js'] },
};

describe('the code of a prerendered page', () => {
  it("is its route's chunk and what it imports, once each, under the base path", async () => {
    const modulesFor = await readPageModules(await distWithManifest(manifest), '/base/');
    // Not the entry's React: the entry loads it anyway.
    expect(modulesFor([routeModules.topic])).toEqual(['/base/assets/TopicPage.js', '/base/assets/frame.js']);
  });

  it('of the practice page includes its drills', async () => {
    const modulesFor = await readPageModules(await distWithManifest(manifest), '/');
    expect(modulesFor([routeModules.practice])).toEqual([
      '/assets/PracticePage.js',
      '/assets/drill-card.js',
      '/assets/frame.js',
    ]);
  });

  it('fails the build when a module has no chunk (it was moved or renamed)', async () => {
    const modulesFor = await readPageModules(await distWithManifest(manifest), '/');
    expect(() => modulesFor([routeModules.topic, 'src/app/routes/Gone.tsx'])).toThrow(
      'the build manifest has no chunk for the module src/app/routes/Gone.tsx',
    );
  });

  it('name the module the app loads for every route', async () => {
    const table = await fs.readFile('src/app/routes/route-table.ts', 'utf8');
    const imported = [...table.matchAll(/^ {2}(\w+): \(\) => import\('([^']+)'\),$/gm)].map(([, name, module]) => [
      name,
      path.join('src/app/routes', `${module}.tsx`),
    ]);
    expect(Object.fromEntries(imported)).toEqual(routeModules);
  });
});
