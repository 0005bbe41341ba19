import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Removes the TeX source KaTeX copies into each formula's MathML
 * (`<annotation encoding="application/x-tex">`). Screen readers read the MathML itself and
 * nothing on the site reads the annotation, but it is 5–7% of a long page's gzip bytes: enough
 * to push the HTML of a question page past TCP's first round trip (~14 KB).
 */
export function rehypeDropTexAnnotations() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'semantics') return;
      node.children = node.children.filter(
        (child) =>
          !(
            child.type === 'element' &&
            child.tagName === 'annotation' &&
            child.properties.encoding === 'application/x-tex'
          ),
      );
    });
  };
}
