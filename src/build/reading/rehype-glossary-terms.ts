import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createTermMatcher, type GlossaryTermNames } from './term-matcher';

export interface GlossaryTermsOptions {
  terms: readonly GlossaryTermNames[];
}

/** Where a term is not marked: headings, links, code, math (still `<code>` here), footnotes, marks. */
/** Lists of papers: their titles use the words of the field without explaining them. */
const referenceHeading = /^(sources|references|key references|further reading|bibliography)$/i;

const skippedTags = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'code',
  'pre',
  'kbd',
  'samp',
  'sup',
  'sub',
  'dfn',
  'abbr',
]);

/**
 * Marks the first occurrence of each glossary term in a page body (runs before KaTeX):
 * `<span class="gloss-term" data-term="elbo" tabindex="0" aria-describedby="gloss-elbo">ELBO</span>`.
 * The page renders the definition as the tooltip `#gloss-elbo`. The ids marked are recorded in
 * `file.data.glossaryTerms`. Short answers and definitions (`file.data.inline`), the page's
 * list of sources, and a term on the page that explains it are not marked.
 */
export function rehypeGlossaryTerms({ terms }: GlossaryTermsOptions) {
  const findTerms = createTermMatcher(terms);
  return (tree: Root, file: VFile) => {
    const marked: string[] = [];
    file.data.glossaryTerms = marked;
    if (file.data.inline) return;
    const ownTerms = new Set(terms.filter((term) => term.pageFile === file.path).map((term) => term.id));
    const wanted = (id: string) => !ownTerms.has(id) && !marked.includes(id);

    let inReferences = false;
    visit(tree, (node, index, parent) => {
      if (parent === tree && node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
        inReferences = referenceHeading.test(toString(node).trim());
      }
      if (inReferences || (node.type === 'element' && isSkipped(node))) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const match = findTerms(node.value, wanted).next();
      if (match.done) return;
      const { id, start, end } = match.value;
      marked.push(id);
      const mark: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['gloss-term'], dataTerm: id, tabIndex: 0, ariaDescribedBy: [`gloss-${id}`] },
        children: [{ type: 'text', value: node.value.slice(start, end) }],
      };
      const after = { type: 'text' as const, value: node.value.slice(end) };
      parent.children.splice(index, 1, { type: 'text', value: node.value.slice(0, start) }, mark, after);
      // Continue with the rest of this text: it may hold the first occurrence of another term.
      return index + 2;
    });
  };
}

function isSkipped(node: Element): boolean {
  if (skippedTags.has(node.tagName)) return true;
  const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
  return node.properties.dataFootnotes !== undefined || classes.includes('gloss-term') || classes.includes('equation');
}

declare module 'vfile' {
  interface DataMap {
    /** Set on a short answer or definition compiled on its own: glossary terms are not marked there. */
    inline: boolean;
    /** Ids of the glossary terms marked in the page, in order. */
    glossaryTerms: string[];
  }
}
