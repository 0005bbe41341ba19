import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { fontFileOf, initialFontState, nextFontState, type FontState } from './katex-fonts';

/** Characters drawn per KaTeX font file, e.g. `KaTeX_Math-Italic` → {"x", "θ"}. */
export type MathGlyphs = Map<string, Set<string>>;

export interface CollectMathGlyphsOptions {
  /** Receives the characters drawn with each KaTeX font, across all files the processor runs on. */
  into: MathGlyphs;
}

/**
 * Records which characters KaTeX draws with which of its font files (from the `.katex-html`
 * part; the MathML kept for screen readers uses no KaTeX font), so the build can subset each font.
 */
export function rehypeCollectMathGlyphs({ into }: CollectMathGlyphsOptions) {
  const add = (font: string, text: string) => {
    let glyphs = into.get(font);
    if (!glyphs) into.set(font, (glyphs = new Set()));
    for (const char of text) glyphs.add(char);
  };
  const walk = (node: ElementContent, state: FontState, parentClasses: readonly string[]) => {
    if (node.type === 'text') add(fontFileOf(state), node.value);
    if (node.type !== 'element') return;
    const classes = classesOf(node);
    const inner = nextFontState(state, classes, parentClasses);
    for (const child of node.children) walk(child, inner, classes);
  };
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!classesOf(node).includes('katex-html')) return;
      for (const child of node.children) walk(child, initialFontState, []);
      return SKIP;
    });
  };
}

function classesOf(node: Element): string[] {
  const className = node.properties.className;
  return Array.isArray(className) ? className.map(String) : [];
}
