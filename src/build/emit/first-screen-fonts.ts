import fs from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { ContentPageData } from '../../shared/page-data';
import { rehypeCollectMathGlyphs, type MathGlyphs } from '../markdown/rehype-collect-math-glyphs';
import { katexFontOfFile } from '../vite-plugin-katex-fonts';

/**
 * The KaTeX font files a question's short answer draws with, at the top of its page. Preloaded,
 * its formulas are set in their own fonts at the first paint; found later, in the middle of the
 * page's layout, they changed the formulas' widths and moved everything below (CLS 0.17 on a
 * wide screen). Only these: preloading the fonts of the body's first blocks as well put them on
 * the path of the largest paint (Lighthouse mobile LCP 0.95 → 1.39 s), for no visible shift.
 */
export function firstScreenFonts(page: ContentPageData): string[] {
  if (page.kind !== 'question') return [];
  const glyphs: MathGlyphs = new Map();
  rehypeCollectMathGlyphs({ into: glyphs })(fromHtml(page.summaryHtml, { fragment: true }));
  return [...glyphs.keys()].sort();
}

/**
 * Reads the built fonts' file names and returns a function giving the `<link rel="preload">` tags
 * of a page's first-screen fonts (see `firstScreenFonts`).
 */
export async function readFontPreloads(distDir: string, base: string): Promise<(page: ContentPageData) => string[]> {
  const files = (await fs.readdir(path.join(distDir, 'assets'))).filter((name) => name.endsWith('.woff2'));
  const fileOf = new Map(files.map((name) => [katexFontOfFile(name), name]));
  return (page) =>
    firstScreenFonts(page).flatMap((font) => {
      const file = fileOf.get(font);
      return file
        ? [`<link rel="preload" href="${base}assets/${file}" as="font" type="font/woff2" crossorigin />`]
        : [];
    });
}
