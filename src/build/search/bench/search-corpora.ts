import os from 'node:os';
import path from 'node:path';
import {
  searchShardUrl,
  type SearchData,
  type SearchFormulasPayload,
  type SearchShardKind,
  type StoredSearchFields,
} from '../../../shared/search/search-data';
import { generateCorpus } from '../../bench/generate-corpus';
import { compileSite } from '../../compile-site';
import { indexDocuments } from '../build-search-index';
import { generateSearchCorpus } from './generate-search-corpus';

export interface SearchCorpus {
  label: string;
  search: SearchData;
}

/**
 * The corpora of the search bench: the real content; 5,000 sections recombined from it (real
 * vocabulary); and, unless `quick`, the generated sites of `npm run bench` (500 large pages,
 * 5,000 small pages: a small vocabulary, so long posting lists), compiled as the build does.
 */
export async function loadSearchCorpora(contentDir: string, quick: boolean): Promise<SearchCorpus[]> {
  const real = (await compileSite(contentDir)).search;
  const corpora = [{ label: 'real content', search: real }, recombined(real, 5000)];
  if (quick) return corpora;
  const work = path.join(os.tmpdir(), 'dlt-search-bench');
  for (const [label, size, pages] of [
    ['500 large pages', 'large', 500],
    ['5,000 small pages', 'small', 5000],
  ] as const) {
    const dir = path.join(work, `content-${pages}-${size}`);
    await generateCorpus({ dir, seed: pages, size, pages });
    corpora.push({ label, search: (await compileSite(dir)).search });
  }
  return corpora;
}

function recombined(real: SearchData, sectionCount: number): SearchCorpus {
  const { manifest, shards } = real;
  const read = (kind: SearchShardKind, shard: number): unknown =>
    JSON.parse(shards.get(searchShardUrl(kind, manifest.build, shard))!);
  const stored = manifest.documentShards.flatMap((_, shard) => read('documents', shard) as StoredSearchFields[]);
  const formulas = Array.from(
    { length: manifest.formulaShards },
    (_, shard) => read('formulas', shard) as SearchFormulasPayload,
  ).reduce((all, some) => Object.assign(all, some), {});
  const vocabulary = read('vocabulary', 0) as string[];
  const documents = generateSearchCorpus(stored, vocabulary, sectionCount);
  return {
    label: `${sectionCount.toLocaleString('en')} sections recombined from the content`,
    search: indexDocuments(documents, manifest.synonyms, vocabulary, formulas),
  };
}
