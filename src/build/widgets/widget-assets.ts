import fs from 'node:fs/promises';
import path from 'node:path';
import { practicePagePath } from '../../shared/widgets/practice-page';
import { widgetNamesIn } from '../../shared/widgets/widget-placeholder';
import { widgetNames, type WidgetName } from '../../shared/widgets/widget-registry';

/** One chunk of Vite's build manifest (`.vite/manifest.json`), the fields we read. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const practicePageModule = 'src/app/practice/PracticePage.tsx';

/** The source module of each widget's component: the module `app/widgets/widget-loader.ts` imports. */
export function widgetModulePath(name: WidgetName): string {
  if (name === 'drill') return 'src/app/practice/DrillWidget.tsx';
  const component = name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
  return `src/app/widgets/${name}/${component}.tsx`;
}

/**
 * Reads the client build's manifest and returns a function giving the `<head>` tags a page's
 * HTML needs for its widgets: their stylesheets (so the prerendered widget is styled without
 * JavaScript) and module preloads of their code (fetched alongside the entry, not after it).
 * The practice page (at `url` /practice) gets those of its own drills.
 */
export async function createWidgetHeadTags(
  distDir: string,
  base: string,
): Promise<(html: string, url: string) => string[]> {
  const manifest = JSON.parse(await fs.readFile(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const loaded = staticallyLoaded(manifest);
  const tagsOf = new Map(
    widgetNames.map((name) => [name, tagsForChunk(manifest, widgetModulePath(name), base, loaded)]),
  );
  const practiceTags = tagsForChunk(manifest, practicePageModule, base, loaded);
  return (html, url) => {
    const tags = new Set(widgetNamesIn(html).flatMap((name) => tagsOf.get(name as WidgetName) ?? []));
    if (url === practicePagePath) for (const tag of practiceTags) tags.add(tag);
    return [...tags].sort((a, b) => Number(a.includes('modulepreload')) - Number(b.includes('modulepreload')));
  };
}

/** The chunks every page loads anyway: the entry and what it imports statically. */
function staticallyLoaded(manifest: Record<string, ManifestChunk>): Set<string> {
  const keys = new Set<string>();
  const visit = (key: string) => {
    if (keys.has(key)) return;
    keys.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return keys;
}

function tagsForChunk(
  manifest: Record<string, ManifestChunk>,
  key: string,
  base: string,
  loaded: Set<string>,
): string[] {
  if (!manifest[key]) throw new Error(`the build manifest has no chunk for the widget module ${key}`);
  const css = new Set<string>();
  const code = new Set<string>();
  const visit = (chunkKey: string) => {
    const chunk = manifest[chunkKey];
    if (!chunk || loaded.has(chunkKey) || code.has(chunk.file)) return;
    code.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return [
    ...[...css].map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}" />`),
    ...[...code].map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}" />`),
  ];
}
