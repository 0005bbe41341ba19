import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Heading } from '../../shared/page-data';

/**
 * Records `h2`/`h3` headings (after ids are assigned, before math is rendered, so the text is the
 * readable source) in `file.data.headings`, and every heading id in `file.data.anchors`.
 */
export function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    const anchors = new Set<string>();
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (typeof id === 'string') anchors.add(id);
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof id === 'string') {
        headings.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text: toString(node).trim() });
      }
    });
    file.data.headings = headings;
    file.data.anchors = anchors;
  };
}

declare module 'vfile' {
  interface DataMap {
    headings: Heading[];
    anchors: Set<string>;
  }
}
