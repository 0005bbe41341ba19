import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const linkedHeadings = new Set(['h2', 'h3', 'h4']);

/**
 * Gives every `h2`–`h4` with an id a link to itself, shown on hover and focus; the page's script
 * copies its URL. The link has no text (CSS draws the "#"), so the heading's text, and the table
 * of contents collected before this step, stay as written.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.properties.dataFootnotes !== undefined) return SKIP;
      const id = node.properties.id;
      if (!linkedHeadings.has(node.tagName) || typeof id !== 'string') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: 'Link to this section' },
        children: [],
      });
      return SKIP;
    });
  };
}
