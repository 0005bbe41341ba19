import { createHash } from 'node:crypto';
import type { AsPlainObject } from 'minisearch';
import { formulaShardOf } from '../../shared/search/formula-shard';
import {
  searchIndexVersion,
  searchShardUrl,
  type SearchData,
  type SearchFormulasPayload,
  type SearchManifest,
  type SearchRanking,
  type SearchShardKind,
  type StoredSearchFields,
} from '../../shared/search/search-data';
import { packBySize } from './pack-by-size';
import { splitTerms } from './split-terms';

/** How much JSON each kind of shard holds at most (a single larger term or document is a shard of its own). */
export interface ShardSizes {
  termBytes: number;
  documentBytes: number;
  formulaBytes: number;
}

/**
 * Chosen with `npm run bench:search`: gzip divides these by 3 to 8. Smaller shards waste fewer
 * bytes on terms and documents a query does not need (a list of 8 results usually needs 8
 * document shards), at the cost of more files; halving them again saved little more.
 */
export const defaultShardSizes: ShardSizes = { termBytes: 16_000, documentBytes: 8_000, formulaBytes: 16_000 };

export interface IndexedSearch {
  /** The MiniSearch index of every document (ids 0, 1, 2, ... in order). */
  index: AsPlainObject;
  /** What each document shows, by id. */
  documents: StoredSearchFields[];
  synonyms: string[][];
  vocabulary: string[];
  /** Every formula's rendering, by TeX source. */
  formulas: SearchFormulasPayload;
}

/** Cuts an index into the manifest and the shards the browser fetches as queries need them. */
export function shardSearchIndex(search: IndexedSearch, sizes: ShardSizes = defaultShardSizes): SearchData {
  const { index, documents, synonyms, vocabulary, formulas } = search;
  const termShards = splitTerms(index.index, sizes.termBytes);
  const documentShards = packBySize(documents, (document) => JSON.stringify(document).length, sizes.documentBytes);
  const formulaShards = groupFormulas(formulas, sizes.formulaBytes);
  const kinds: [SearchShardKind, unknown[]][] = [
    ['terms', termShards],
    ['documents', documentShards],
    ['formulas', formulaShards],
    ['vocabulary', [vocabulary]],
  ];

  const files = kinds.flatMap(([kind, payloads]) =>
    payloads.map((payload, index) => ({ kind, index, json: JSON.stringify(payload) })),
  );
  const hash = createHash('sha256');
  for (const { json } of files) hash.update(json);
  const build = hash.digest('hex').slice(0, 10);
  const shards = new Map(files.map(({ kind, index, json }) => [searchShardUrl(kind, build, index), json]));

  const manifest: SearchManifest = {
    version: searchIndexVersion,
    synonyms,
    pageSizes: countPageSizes(documents),
    ranking: readRanking(index),
    build,
    termShards: termShards.map((entries, shard) =>
      shard === 0 ? '' : separator(termShards[shard - 1]!.at(-1)![0], entries[0]![0]),
    ),
    documentShards: firstIds(documentShards),
    formulaShards: formulaShards.length,
  };
  return { manifest, shards };
}

function firstIds(runs: readonly unknown[][]): number[] {
  const starts: number[] = [];
  let next = 0;
  for (const run of runs) {
    starts.push(next);
    next += run.length;
  }
  return starts;
}

/**
 * The shortest start for a shard whose first term is `first`, after a shard ending with `last`:
 * "di" between "decoder" and "discriminator". A query for words starting with "di" then knows the
 * shard of "decoder" has none.
 */
function separator(last: string, first: string): string {
  let length = 1;
  while (first.slice(0, length) <= last) length++;
  return first.slice(0, length);
}

function readRanking(index: AsPlainObject): SearchRanking {
  const count = index.documentCount;
  // Documents are added with ids 0, 1, 2, ...: MiniSearch's short ids are then the ids, which lets
  // the browser rebuild `documentIds` and spares the manifest a copy of them.
  for (let id = 0; id < count; id++) {
    if (index.documentIds[id] !== id) throw new Error(`search document ${id} was not indexed in id order`);
  }
  const fieldCount = index.averageFieldLength.length;
  return {
    documentCount: count,
    fieldIds: index.fieldIds,
    averageFieldLength: index.averageFieldLength,
    fieldLengths: Array.from({ length: fieldCount }, (_, field) =>
      Array.from({ length: count }, (_, id) => index.fieldLength[id]?.[field] ?? 0),
    ),
  };
}

/** How many consecutive documents belong to each page (a page's lead, then its sections). */
function countPageSizes(documents: readonly StoredSearchFields[]): number[] {
  const sizes: number[] = [];
  let previous: string | undefined;
  for (const { href } of documents) {
    const page = href.split('#')[0]!;
    if (page === previous) sizes[sizes.length - 1]!++;
    else sizes.push(1);
    previous = page;
  }
  return sizes;
}

function groupFormulas(formulas: SearchFormulasPayload, targetBytes: number): SearchFormulasPayload[] {
  const entries = Object.entries(formulas);
  const bytes = entries.reduce((sum, [tex, html]) => sum + tex.length + html.length, 0);
  const count = Math.max(1, Math.ceil(bytes / targetBytes));
  const groups = Array.from({ length: count }, (): SearchFormulasPayload => ({}));
  for (const [tex, html] of entries) groups[formulaShardOf(tex, count)]![tex] = html;
  return groups;
}
