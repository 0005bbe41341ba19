import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { texToText } from './tex-to-text';

/** A formula as written in the content (TeX source), before KaTeX renders it. */
export interface SectionFormula {
  tex: string;
  display: boolean;
}

/** The searchable content of one part of a page: the lead (before the first heading) or a `##`/`###` section. */
export interface SearchSection {
  /** The heading's id; empty for the lead. */
  id: string;
  /** The heading's text (formulas in readable form); empty for the lead. */
  heading: string;
  /** Text with formulas in readable form (`√d_k`), paragraphs on separate lines: for snippets. */
  text: string;
  /** Text without formulas: for the index (formulas are indexed by their own terms). */
  body: string;
  formulas: SectionFormula[];
}

/**
 * Splits the page at its `h2`/`h3` headings and records each part's text and formulas in
 * `file.data.searchSections`. Runs after heading ids are assigned and before KaTeX, so formulas
 * are still their TeX source: KaTeX's MathML and annotations never reach the search index.
 */
export function rehypeCollectSearchSections() {
  return (tree: Root, file: VFile) => {
    const sections: SearchSection[] = [];
    let current = emptySection('', '');
    for (const node of tree.children) {
      if (isSectionHeading(node)) {
        sections.push(current);
        const heading = readContent(node.children);
        current = emptySection(String(node.properties.id), heading.text.trim());
        current.formulas.push(...heading.formulas);
        continue;
      }
      const content = readContent([node as ElementContent]);
      current.text += content.text;
      current.body += content.body;
      current.formulas.push(...content.formulas);
    }
    sections.push(current);
    file.data.searchSections = sections.map((section) => ({
      ...section,
      text: tidy(section.text),
      body: tidy(section.body),
    }));
  };
}

function emptySection(id: string, heading: string): SearchSection {
  return { id, heading, text: '', body: '', formulas: [] };
}

function isSectionHeading(node: RootContent): node is Element {
  return node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3') && Boolean(node.properties.id);
}

const blockTags = new Set([
  'p',
  'li',
  'pre',
  'blockquote',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'ul',
  'ol',
  'dt',
  'dd',
  'section',
  'div',
]);

interface Content {
  text: string;
  body: string;
  formulas: SectionFormula[];
}

function readContent(nodes: readonly ElementContent[]): Content {
  const content: Content = { text: '', body: '', formulas: [] };
  const visit = (node: ElementContent) => {
    if (node.type === 'text') {
      // A line break inside a paragraph is a space; only block boundaries start a new line.
      const value = node.value.replace(/\s+/g, ' ');
      content.text += value;
      content.body += value;
      return;
    }
    if (node.type !== 'element') return;
    const formula = formulaOf(node);
    if (formula) {
      content.formulas.push(formula);
      const readable = texToText(formula.tex);
      content.text += formula.display ? `\n${readable}\n` : readable;
      content.body += ' ';
      return;
    }
    const block = blockTags.has(node.tagName);
    if (block) {
      content.text += '\n';
      content.body += '\n';
    }
    node.children.forEach(visit);
    if (block || node.tagName === 'td' || node.tagName === 'th' || node.tagName === 'br') {
      content.text += block ? '\n' : ' ';
      content.body += block ? '\n' : ' ';
    }
  };
  nodes.forEach(visit);
  return content;
}

/** remark-math's output: `<code class="math-inline">` and `<pre><code class="math-display">`. */
function formulaOf(node: Element): SectionFormula | undefined {
  const code = node.tagName === 'pre' ? node.children.find((child) => child.type === 'element') : node;
  if (code?.type !== 'element' || code.tagName !== 'code') return undefined;
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const display = classes.includes('math-display');
  if (!display && !classes.includes('math-inline')) return undefined;
  const tex = code.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  return { tex: tex.trim(), display };
}

/** Collapses runs of spaces within lines and drops empty lines. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

declare module 'vfile' {
  interface DataMap {
    searchSections: SearchSection[];
  }
}
