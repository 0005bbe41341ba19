import katex from 'katex';
import MiniSearch from 'minisearch';
import type { GlossaryEntry } from '../../shared/page-data';
import { createIndexOptions } from '../../shared/search/index-options';
import {
  searchIndexVersion,
  type SearchData,
  type SearchDocument,
  type SearchFormulasPayload,
  type SearchIndexPayload,
} from '../../shared/search/search-data';
import type { CompiledPage } from '../content/compile-page';
import { katexOptions } from '../markdown/markdown-processor';
import { buildSearchDocuments } from './build-search-documents';
import { prepareTex } from './read-tex';

/** The search data of the site: the index (`data/search-index.json`) and its formulas, prerendered. */
export function buildSearchIndex(pages: readonly CompiledPage[], glossary: readonly GlossaryEntry[]): SearchData {
  const synonyms = glossary.map((entry) => [entry.term, ...entry.aliases]);
  const names = pages.flatMap((page) => [
    page.frontmatter.title,
    ...page.frontmatter.aliases,
    ...page.frontmatter.keywords,
  ]);
  const vocabulary = [...new Set([...synonyms.flat(), ...names])];
  const documents = buildSearchDocuments(pages, glossary);
  return { index: indexDocuments(documents, synonyms, vocabulary), formulas: renderFormulas(documents) };
}

/** Indexes prepared documents (the bench uses this directly with a generated corpus). */
export function indexDocuments(
  documents: readonly SearchDocument[],
  synonyms: string[][],
  vocabulary: string[],
): SearchIndexPayload {
  const index = new MiniSearch<SearchDocument>(createIndexOptions(synonyms));
  index.addAll(documents);
  const shown = documents.map(({ href, kind, title, heading, text, formulas }) => ({
    href,
    kind,
    title,
    heading,
    text,
    formulas,
  }));
  return { version: searchIndexVersion, synonyms, vocabulary, documents: shown, index: index.toJSON() };
}

/**
 * Every indexed formula as KaTeX renders it (display mode, MathML included), so that a result
 * matched inside a formula can show it without any KaTeX JavaScript in the browser.
 */
export function renderFormulas(documents: readonly SearchDocument[]): SearchFormulasPayload {
  const formulas: SearchFormulasPayload = {};
  for (const { tex } of documents.flatMap((document) => document.formulas)) {
    // Without the page's equation number: "(3)" means nothing in a list of results.
    formulas[tex] ??= katex.renderToString(prepareTex(tex), { ...katexOptions, displayMode: true });
  }
  return formulas;
}
