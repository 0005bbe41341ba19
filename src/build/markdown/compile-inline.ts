import type { Nodes } from 'mdast';
import { VFile } from 'vfile';
import type { ContentError } from '../content-error';
import type { SearchSection } from '../search/rehype-collect-search-sections';
import { texToText } from '../search/tex-to-text';
import type { MarkdownProcessor } from './markdown-processor';
import { toContentErrors } from './to-content-errors';

export interface CompiledInline {
  /** The paragraph's HTML without its `<p>`. */
  html: string;
  /** Plain text, formulas as readable text (`D_KL(q‖p)`): a page's description for search engines and link previews. */
  text: string;
  /** Problems, located at line 1 of the snippet: callers move them to the field's place. */
  errors: ContentError[];
  /** Text and formulas for the search index. */
  sections: SearchSection[];
}

/** Compiles one paragraph of inline Markdown from a YAML field (a short answer, a definition). */
export async function compileInline(
  markdown: string,
  file: string,
  processor: MarkdownProcessor,
  field: string,
): Promise<CompiledInline> {
  const vfile = new VFile({ path: file, value: markdown, data: { inline: true } });
  const tree = processor.parse(vfile);
  const errors: ContentError[] = [];
  if (tree.children.length !== 1 || tree.children[0]?.type !== 'paragraph') {
    errors.push({
      file,
      line: 1,
      column: 1,
      message: `field "${field}" must be a single paragraph of text`,
      hint: 'keep it to 1–3 sentences; put lists and display math in the body',
    });
  }
  const text = plainText(tree).replace(/\s+/g, ' ').trim();
  const hast = await processor.run(tree, vfile);
  const html = processor
    .stringify(hast, vfile)
    .replace(/^<p>([\s\S]*)<\/p>$/, '$1')
    .trim();
  errors.push(...toContentErrors(vfile));
  return { html, text, errors, sections: vfile.data.searchSections ?? [] };
}

function plainText(node: Nodes): string {
  if (node.type === 'inlineMath' || node.type === 'math') return texToText(node.value);
  if ('children' in node) return node.children.map(plainText).join('');
  return 'value' in node ? node.value : '';
}
