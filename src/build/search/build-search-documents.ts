import type { GlossaryEntry } from '../../shared/page-data';
import { questionPath, topicPath } from '../../shared/routes';
import type { SearchDocument, SearchFormula } from '../../shared/search/search-data';
import { toQuestionSlug, toTopicSlug } from '../../shared/slugs';
import type { CompiledPage } from '../content/compile-page';
import { extractFormulaTerms } from './formula-terms';
import type { SearchSection } from './rehype-collect-search-sections';

/**
 * One search document per page lead (title, aliases, keywords, short answer, introduction) and
 * per `##`/`###` section. Glossary names are attached to the page or section they point to, so
 * "MHSA" finds the question about multi-head self-attention by name.
 */
export function buildSearchDocuments(
  pages: readonly CompiledPage[],
  glossary: readonly GlossaryEntry[],
): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const page of pages) {
    const route = page.kind === 'topic' ? topicPath(toTopicSlug(page.slug)) : questionPath(toQuestionSlug(page.slug));
    const [lead = emptyLead, ...sections] = page.sections;
    const intro = page.kind === 'topic' ? [textSection(page.frontmatter.summary)] : page.summarySections;
    const base = { kind: page.kind, title: page.frontmatter.title };
    documents.push({
      ...base,
      ...readSections([...intro, lead]),
      id: documents.length,
      href: route,
      heading: '',
      aliases: [...page.frontmatter.aliases],
      keywords: [...page.frontmatter.keywords],
      glossary: [],
    });
    for (const section of sections) {
      documents.push({
        ...base,
        ...readSections([section]),
        id: documents.length,
        href: `${route}#${section.id}`,
        heading: section.heading,
        aliases: [],
        keywords: [],
        glossary: [],
      });
    }
  }
  attachGlossary(documents, glossary);
  return documents;
}

const emptyLead: SearchSection = { id: '', heading: '', text: '', body: '', formulas: [] };

function textSection(text: string): SearchSection {
  return { ...emptyLead, text, body: text };
}

function readSections(sections: readonly SearchSection[]): Pick<SearchDocument, 'text' | 'body' | 'formulas'> {
  const join = (parts: string[]) => parts.filter(Boolean).join('\n');
  const formulas = new Map<string, SearchFormula>();
  for (const { tex } of sections.flatMap((section) => section.formulas)) {
    if (formulas.has(tex)) continue;
    const terms = extractFormulaTerms(tex);
    // A formula without a searchable term can never be the reason a section matched.
    if (terms.length > 0) formulas.set(tex, { tex, terms });
  }
  return {
    text: join(sections.map((section) => section.text)),
    body: join(sections.map((section) => section.body)),
    formulas: [...formulas.values()],
  };
}

function attachGlossary(documents: SearchDocument[], glossary: readonly GlossaryEntry[]): void {
  const byHref = new Map(documents.map((document) => [document.href, document]));
  for (const entry of glossary) {
    const target = byHref.get(entry.href) ?? byHref.get(entry.href.split('#')[0]!);
    target?.glossary.push(entry.term, ...entry.aliases);
  }
}
