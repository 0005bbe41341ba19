import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Reports raw HTML: the site never renders it, so an author should see it refused, not silently dropped. */
export function remarkForbidHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      const message = file.message(`raw HTML is not supported: ${JSON.stringify(node.value.slice(0, 40))}`, {
        place: node.position,
        ruleId: 'raw-html',
      });
      message.note = 'write it in Markdown (for a literal "<", escape it as "\\<")';
    });
  };
}
