import katex from 'katex';
import MiniSearch from 'minisearch';
import type { GlossaryEntry } from '../../shared/page-data';
import { createIndexOptions } from '../../shared/search/index-options';
import type { SearchData, SearchDocument, SearchFormulasPayload } from '../../shared/search/search-data';
import type { CompiledPage } from '../content/compile-page';
import { katexOptions } from '../markdown/markdown-processor';
import { buildSearchDocuments } from './build-search-documents';
import { prepareTex } from './read-tex';
import { shardSearchIndex, type ShardSizes } from './shard-search-index';

/** The search data of the site: the manifest and its shards (`data/search-*.json`). */
export function buildSearchIndex(pages: readonly CompiledPage[], glossary: readonly GlossaryEntry[]): SearchData {
  const synonyms = glossary.map((entry) => [entry.term, ...entry.aliases]);
  const names = pages.flatMap((page) => [
    page.frontmatter.title,
    ...page.frontmatter.aliases,
    ...page.frontmatter.keywords,
  ]);
  const vocabulary = [...new Set([...synonyms.flat(), ...names])];
  const documents = buildSearchDocuments(pages, glossary);
  return indexDocuments(documents, synonyms, vocabulary, renderFormulas(documents));
}

/**
 * Indexes prepared documents (ids 0, 1, 2, ... in order, a page's documents together) and cuts
 * the result into shards. The bench and tests use it directly with their own documents and sizes.
 */
export function indexDocuments(
  documents: readonly SearchDocument[],
  synonyms: string[][],
  vocabulary: string[],
  formulas: SearchFormulasPayload,
  sizes?: ShardSizes,
): SearchData {
  const index = new MiniSearch<SearchDocument>(createIndexOptions(synonyms));
  index.addAll(documents);
  const shown = documents.map(({ href, kind, title, heading, text, formulas: shownFormulas }) => ({
    href,
    kind,
    title,
    heading,
    text,
    formulas: shownFormulas,
  }));
  return shardSearchIndex({ index: index.toJSON(), documents: shown, synonyms, vocabulary, formulas }, sizes);
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
