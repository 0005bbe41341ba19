import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The page title is the only `#` heading; body headings start at `##`. */
export function remarkRejectH1() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node) => {
      if (node.depth === 1) {
        file.message('a body heading must start at "##": the title (frontmatter) is the page\'s "#" heading', {
          place: node.position,
          ruleId: 'heading-level',
        }).note = 'change "# " to "## "';
      }
    });
  };
}
