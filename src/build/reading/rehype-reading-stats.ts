import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface ReadingStatsOptions {
  /** The site's KaTeX macros (`\KL` → `D_{\mathrm{KL}}`), to record which symbols the page uses. */
  macros: Readonly<Record<string, string>>;
}

/** Technical prose is read slower than fiction: about 200 words a minute. */
const wordsPerMinute = 200;
/** A formula takes about as long to read as this many words. */
const inlineMathWords = 4;
const displayMathWords = 20;

/**
 * Records the page's estimated reading time (`file.data.readingMinutes`) and the macro symbols its
 * formulas use, as the macro or spelled out (`file.data.macrosUsed`, for the notation page's
 * "first used"). Runs before KaTeX.
 */
export function rehypeReadingStats({ macros: definitions }: ReadingStatsOptions) {
  const spellings = Object.entries(definitions).map(([name, expansion]) => ({
    name,
    pattern: new RegExp(`${escapeRegExp(name)}(?![A-Za-z])|${escapeRegExp(compact(expansion))}`),
  }));
  return (tree: Root, file: VFile) => {
    let words = 0;
    const macros = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'element' && isMath(node)) {
        const tex = compact(toString(node));
        for (const { name, pattern } of spellings) if (pattern.test(tex)) macros.add(name);
        words += classesOf(node).includes('math-display') ? displayMathWords : inlineMathWords;
        return SKIP;
      }
      if (node.type === 'text') words += node.value.split(/\s+/).filter(Boolean).length;
    });
    file.data.readingMinutes = Math.max(1, Math.round(words / wordsPerMinute));
    file.data.macrosUsed = [...macros];
  };
}

/** TeX without spaces, so `D_{\mathrm{KL}}` matches `D_{ \mathrm{KL} }`. */
function compact(tex: string): string {
  return tex.replace(/\s+/g, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isMath(node: Element): boolean {
  return node.tagName === 'code' && classesOf(node).includes('language-math');
}

function classesOf(node: Element): unknown[] {
  return Array.isArray(node.properties.className) ? node.properties.className : [];
}

declare module 'vfile' {
  interface DataMap {
    readingMinutes: number;
    macrosUsed: string[];
  }
}
