import type { AsPlainObject } from 'minisearch';

/** The search index the build emits and the browser loads on first use of the search field. */
export const searchIndexUrl = '/data/search-index.json';

/** Bumped whenever the index format or the term normalization changes. */
export const searchIndexVersion = 1;

/** Where the build writes each formula of the index, rendered by KaTeX: loaded only when a result shows one. */
export const searchFormulasUrl = '/data/search-formulas.json';

/** The file at `searchFormulasUrl`: KaTeX's HTML (display mode) of every indexed formula, by TeX source. */
export type SearchFormulasPayload = Record<string, string>;

/** A formula of a section. */
export interface SearchFormula {
  /** Its TeX source, the key of its rendering in `SearchFormulasPayload`. */
  tex: string;
  /** The searchable terms read from its TeX source (`softmax`, `sqrt`, `dk`, ...). */
  terms: string[];
}

/**
 * One searchable section: the lead of a page (its title, short answer and introduction) or one
 * `##`/`###` section. The fields indexed for it are listed in `searchFields`.
 */
export interface SearchDocument {
  id: number;
  /** The route of the page, with `#heading` for a section. */
  href: string;
  kind: 'topic' | 'question';
  /** The page's title. */
  title: string;
  /** The section's heading; empty for the lead of a page. */
  heading: string;
  /** Other names of the page (frontmatter). */
  aliases: string[];
  /** The glossary's names for the concept this page or section explains (term and aliases). */
  glossary: string[];
  keywords: string[];
  /** The section's text with formulas in a readable plain form, for snippets. */
  text: string;
  /** The section's text without its formulas, for the index. */
  body: string;
  formulas: SearchFormula[];
}

/** What the browser shows of a document. */
export type StoredSearchFields = Pick<SearchDocument, 'href' | 'kind' | 'title' | 'heading' | 'text' | 'formulas'>;

/**
 * The indexed fields and their boosts: the names of the concept first, then headings, then text.
 * `name` (the page's title), `aliases` and `keywords` are indexed on the lead document only, so
 * that a page about a concept outranks the sections (of it and of other pages) that merely
 * mention the concept; `glossary` holds the glossary's names on the page or section the glossary
 * says explains them, so "VAE" ranks the VAE topic above a page titled "GANs vs VAEs".
 */
export const fieldBoosts = {
  glossary: 8,
  name: 6,
  aliases: 6,
  heading: 3,
  keywords: 2,
  body: 1,
  math: 1,
  page: 0.5,
} as const;

export type SearchField = keyof typeof fieldBoosts;

export const searchFields = Object.keys(fieldBoosts) as SearchField[];

/** The file at `searchIndexUrl`. */
export interface SearchIndexPayload {
  version: number;
  /** Groups of names meaning the same thing (glossary term + aliases); group i has marker `§i`. */
  synonyms: string[][];
  /** Names worth suggesting when a query finds nothing: glossary terms, page titles, aliases, keywords. */
  vocabulary: string[];
  /**
   * What each document shows, by id. Kept beside the MiniSearch index rather than in it, so a
   * query that matches thousands of sections only reads the fields of the few it displays.
   */
  documents: StoredSearchFields[];
  index: AsPlainObject;
}

/** What the build emits for search: the index, and the formulas its results may show. */
export interface SearchData {
  index: SearchIndexPayload;
  formulas: SearchFormulasPayload;
}
