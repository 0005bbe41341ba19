import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageAssets } from '../../../../src/build/emit/page-assets';
import { routeModules } from '../../../../src/build/emit/route-modules';
import { widgetModulePath, widgetModulesIn } from '../../../../src/build/widgets/widget-modules';
import { placeholderProperties } from '../../../../src/shared/widgets/widget-placeholder';
import { widgetNames } from '../../../../src/shared/widgets/widget-registry';

async function distWithManifest(manifest: Record<string, unknown>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dlt-page-assets-'));
  await fs.mkdir(path.join(dir, '.vite'));
  await fs.writeFile(path.join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  return dir;
}

const placeholder = (name: string) =>
  `<div data-widget="${name}" data-props="${placeholderProperties(name, {}).dataProps}"></div>`;

/** Every widget has its own chunk, sharing `_frame` (with CSS) and the entry's `_react`; two routes. */
function manifest() {
  const chunks: Record<string, unknown> = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'] },
    '_react.js': { file: 'assets/react.js' },
    '_frame.js': { file: 'assets/frame.js', css: ['assets/frame.css'], imports: ['_react.js'] },
    [routeModules.topic]: { file: 'assets/TopicPage.js', imports: ['_react.js', '_frame.js'] },
    [routeModules.practice]: { file: 'assets/PracticePage.js', imports: ['_drill-card.js'] },
    '_drill-card.js': { file: 'assets/drill-card.js', css: ['assets/drill.css'] },
  };
  for (const name of widgetNames) {
    chunks[widgetModulePath(name)] = {
      file: `assets/${name}.js`,
      css: [`assets/${name}.css`],
      imports: ['_frame.js', '_react.js'],
    };
  }
  return chunks;
}

describe('the assets of a prerendered page', () => {
  it('are the CSS and code of its route and of exactly the widgets it places, once each, under the base path', async () => {
    const assetsFor = await readPageAssets(await distWithManifest(manifest()), '/base/');
    const html = `<p>x</p>${placeholder('pooling')}${placeholder('pooling')}`;
    expect(assetsFor([routeModules.topic, ...widgetModulesIn(html)])).toEqual({
      stylesheets: [
        '<link rel="stylesheet" crossorigin href="/base/assets/frame.css" />',
        '<link rel="stylesheet" crossorigin href="/base/assets/pooling.css" />',
      ],
      // Not the entry's React: the entry loads it anyway.
      modules: ['/base/assets/TopicPage.js', '/base/assets/frame.js', '/base/assets/pooling.js'],
    });
    expect(widgetModulesIn('<p>No widgets.</p>')).toEqual([]);
  });

  it('of the practice page include its drills', async () => {
    const assetsFor = await readPageAssets(await distWithManifest(manifest()), '/');
    expect(assetsFor([routeModules.practice])).toEqual({
      stylesheets: ['<link rel="stylesheet" crossorigin href="/assets/drill.css" />'],
      modules: ['/assets/PracticePage.js', '/assets/drill-card.js'],
    });
  });

  it('fail the build when a module has no chunk (it was moved or renamed)', async () => {
    const assetsFor = await readPageAssets(await distWithManifest(manifest()), '/');
    expect(() => assetsFor([widgetModulePath('attention'), 'src/app/routes/Gone.tsx'])).toThrow(
      'the build manifest has no chunk for the module src/app/routes/Gone.tsx',
    );
  });

  it('name the module the app loads for every widget', async () => {
    const loader = await fs.readFile('src/app/widgets/widget-loader.ts', 'utf8');
    for (const name of widgetNames) {
      const modulePath = widgetModulePath(name);
      await expect(fs.access(modulePath)).resolves.toBeUndefined();
      const relative = `./${path.relative('src/app/widgets', modulePath).replace(/\.tsx$/, '')}`;
      expect(loader).toContain(`import('${relative.replace(/^\.\/\.\.\//, '../')}')`);
    }
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
