import type { Root } from 'hast';
import type { Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Keeps the rendered HTML of each labelled equation (`file.data.equationHtml`, by anchor), so a
 * link preview can show the equation a reference points to. Runs after KaTeX.
 */
export function rehypeCollectEquations(this: Processor) {
  const stringify = (tree: Root) => String(this.stringify(tree));
  return (tree: Root, file: VFile) => {
    const html: Record<string, string> = {};
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      if (!classes.includes('equation') || typeof id !== 'string') return;
      html[id] = stringify({ type: 'root', children: node.children });
      return SKIP;
    });
    file.data.equationHtml = html;
  };
}

declare module 'vfile' {
  interface DataMap {
    equationHtml: Record<string, string>;
  }
}
