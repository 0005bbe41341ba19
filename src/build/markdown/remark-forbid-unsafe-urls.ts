import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const unsafeScheme = /^\s*(?:javascript|vbscript|data):/i;

/**
 * Refuses links and images whose URL would run code or embed data (`javascript:`, `vbscript:`,
 * `data:`), including reference definitions, so that no such URL reaches the HTML.
 */
export function remarkForbidUnsafeUrls() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
      // eslint-disable-next-line no-control-regex
      const url = node.url.replace(/[\u0000-\u0020]/g, '');
      if (!unsafeScheme.test(url)) return;
      const message = file.message(`unsafe URL "${node.url.slice(0, 40)}": ${node.type}s may not use this scheme`, {
        place: node.position,
        ruleId: 'unsafe-url',
      });
      message.note = 'use an https:// URL or a relative link to a .md file';
      node.url = '#';
    });
  };
}
