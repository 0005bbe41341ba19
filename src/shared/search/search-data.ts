import type { AsPlainObject } from 'minisearch';

/**
 * Search is emitted in pieces, so that a query downloads only what it needs: a small manifest
 * (`searchManifestUrl`, loaded on first use of the search field) and the shards it names, with a
 * hash of their content in every name (so a cached shard never goes stale): term shards (the
 * postings of a range of terms), document shards (what results show), formula shards (KaTeX
 * renderings) and the vocabulary (for "did you mean").
 */
export const searchManifestUrl = '/data/search-manifest.json';

/** Bumped whenever the emitted format or the term normalization changes. */
export const searchIndexVersion = 2;

/** A formula shard: KaTeX's HTML (display mode) of some indexed formulas, by TeX source. */
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

/** A term shard: the postings of a range of terms, in term order, as MiniSearch serializes them. */
export type TermShardPayload = AsPlainObject['index'];

/** A document shard: what consecutive documents show, the first being its `from` id. */
export type DocumentShardPayload = StoredSearchFields[];

/** What MiniSearch needs to rank, besides the postings: the same whichever terms are loaded. */
export interface SearchRanking {
  documentCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** By field id, then document id: the number of distinct terms of that field of that document. */
  fieldLengths: number[][];
}

/** The file at `searchManifestUrl`. */
export interface SearchManifest {
  version: number;
  /** Groups of names meaning the same thing (glossary term + aliases); group i has marker `§i`. */
  synonyms: string[][];
  /** How many documents each page has, in id order: a page's lead and sections have consecutive ids. */
  pageSizes: number[];
  ranking: SearchRanking;
  /** Names this build's shard files (see `searchShardUrl`): a hash of all of them. */
  build: string;
  /** Where each term shard starts, in term order: shard i holds the terms from `termShards[i]` up to the next. */
  termShards: string[];
  /** The first document id of each document shard, in id order. */
  documentShards: number[];
  /** How many formula shards there are: the rendering of a formula is in shard `formulaShardOf(tex, formulaShards)`. */
  formulaShards: number;
}

export type SearchShardKind = 'terms' | 'documents' | 'formulas' | 'vocabulary';

/**
 * The URL of shard `index` of a kind. The vocabulary (`string[]`: glossary terms, page titles,
 * aliases, keywords, the names worth suggesting when a query finds nothing) is one file, index 0.
 */
export function searchShardUrl(kind: SearchShardKind, build: string, index: number): string {
  return `/data/search-${kind}-${build}-${index}.json`;
}

/** What the build emits for search: the manifest, and every shard by URL path with its JSON text. */
export interface SearchData {
  manifest: SearchManifest;
  shards: Map<string, string>;
}
