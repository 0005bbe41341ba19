import { createHash } from 'node:crypto';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin, Rollup } from 'vite';
import type { ContentPluginApi } from './vite-plugin-content';

/** Kept in the two main faces whatever the content uses, so that simple formulas in personal notes render. */
const alwaysKept: Record<string, string> = { 'KaTeX_Main-Regular': '0123456789+-=()', 'KaTeX_Math-Italic': 'xyzn' };

/** The KaTeX font a built woff2 file holds: `assets/KaTeX_Main-Regular-WdYK5En7.woff2` → `KaTeX_Main-Regular`. */
export function katexFontOfFile(fileName: string): string {
  return path.basename(fileName).replace(/-[\w-]{8}\.woff2$/, '');
}

/**
 * Shrinks KaTeX's fonts in the client build: each woff2 file is subset to the characters the
 * site's formulas draw with that font (see katex-fonts.ts) and renamed by its new content hash; the woff and
 * ttf fallbacks are dropped from the bundle and from the CSS (every browser we serve has woff2).
 */
export function katexFontsPlugin(): Plugin {
  let content: ContentPluginApi | undefined;
  return {
    name: 'dlt:katex-fonts',
    apply: 'build',
    enforce: 'post',

    configResolved(config) {
      content = config.plugins.find((plugin) => plugin.name === 'dlt:content')?.api as ContentPluginApi | undefined;
    },

    async generateBundle(_options, bundle) {
      if (this.environment.config.consumer !== 'client' || !content) return;
      const { mathGlyphs } = await content.compiled();
      const renamed = new Map<string, string>();
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'asset' || !/\/KaTeX_[\w-]+\.(woff2|woff|ttf)$/.test(`/${fileName}`)) continue;
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- removing an output file is how Rollup plugins drop assets
        delete bundle[fileName];
        if (!fileName.endsWith('.woff2')) continue;
        const font = katexFontOfFile(fileName);
        const text = [...(mathGlyphs.get(font) ?? [])].join('') + (alwaysKept[font] ?? '');
        // Hinting only matters to old rasterisers; dropping it saves about a fifth of each file.
        const subset = await subsetFont(Buffer.from(output.source as Uint8Array), text, {
          targetFormat: 'woff2',
          noHinting: true,
        });
        const hash = createHash('sha256').update(subset).digest('base64url').slice(0, 8);
        const name = `${font}-${hash}.woff2`;
        const newFileName = path.posix.join(path.posix.dirname(fileName), name);
        this.emitFile({ type: 'asset', fileName: newFileName, source: subset });
        renamed.set(path.basename(fileName), name);
      }
      for (const output of Object.values(bundle)) {
        if (output.type === 'asset' && output.fileName.endsWith('.css')) rewriteCss(output, renamed);
      }
    },
  };
}

function rewriteCss(asset: Rollup.OutputAsset, renamed: Map<string, string>) {
  let css = String(asset.source)
    .replace(/,\s*url\([^)]*KaTeX_[\w-]+\.woff\)\s*format\("woff"\)/g, '')
    .replace(/,\s*url\([^)]*KaTeX_[\w-]+\.ttf\)\s*format\("truetype"\)/g, '');
  for (const [from, to] of renamed) css = css.replaceAll(from, to);
  asset.source = css;
}
