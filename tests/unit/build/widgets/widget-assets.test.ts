import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWidgetHeadTags, widgetModulePath } from '../../../../src/build/widgets/widget-assets';
import { placeholderProperties } from '../../../../src/shared/widgets/widget-placeholder';
import { widgetNames } from '../../../../src/shared/widgets/widget-registry';

async function distWithManifest(manifest: Record<string, unknown>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dlt-widget-assets-'));
  await fs.mkdir(path.join(dir, '.vite'));
  await fs.writeFile(path.join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  return dir;
}

const placeholder = (name: string) =>
  `<div data-widget="${name}" data-props="${placeholderProperties(name, {}).dataProps}"></div>`;

/** A manifest in which every widget has its own chunk, sharing `_frame` (with CSS) and the entry's `_react`. */
function manifest() {
  const chunks: Record<string, unknown> = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'] },
    '_react.js': { file: 'assets/react.js' },
    '_frame.js': { file: 'assets/frame.js', css: ['assets/frame.css'], imports: ['_react.js'] },
    'src/app/practice/PracticePage.tsx': { file: 'assets/PracticePage.js', imports: ['_drill-card.js'] },
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

describe('the head tags of a page with widgets', () => {
  it('link the CSS and preload the code of exactly the widgets the page places, under the base path', async () => {
    const tagsFor = await createWidgetHeadTags(await distWithManifest(manifest()), '/base/');
    expect(tagsFor(`<p>x</p>${placeholder('pooling')}${placeholder('pooling')}`, '/topics/cnn')).toEqual([
      '<link rel="stylesheet" crossorigin href="/base/assets/pooling.css" />',
      '<link rel="stylesheet" crossorigin href="/base/assets/frame.css" />',
      '<link rel="modulepreload" crossorigin href="/base/assets/pooling.js" />',
      '<link rel="modulepreload" crossorigin href="/base/assets/frame.js" />',
    ]);
    expect(tagsFor('<p>No widgets.</p>', '/topics/other')).toEqual([]);
  });

  it('give the practice page the CSS and code of its drills', async () => {
    const tagsFor = await createWidgetHeadTags(await distWithManifest(manifest()), '/');
    expect(tagsFor('', '/practice')).toEqual([
      '<link rel="stylesheet" crossorigin href="/assets/drill.css" />',
      '<link rel="modulepreload" crossorigin href="/assets/PracticePage.js" />',
      '<link rel="modulepreload" crossorigin href="/assets/drill-card.js" />',
    ]);
  });

  it('fail the build when a widget has no chunk (its module was moved or renamed)', async () => {
    const chunks = Object.fromEntries(
      Object.entries(manifest()).filter(([key]) => key !== widgetModulePath('attention')),
    );
    await expect(createWidgetHeadTags(await distWithManifest(chunks), '/')).rejects.toThrow(
      'the build manifest has no chunk for the widget module src/app/widgets/attention/Attention.tsx',
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
});
