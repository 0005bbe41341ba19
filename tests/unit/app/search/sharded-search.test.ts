import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../../src/app/search/search-engine';
import { shardsForPrefix } from '../../../../src/app/search/term-shards';
import { compileSite } from '../../../../src/build/compile-site';
import { indexDocuments } from '../../../../src/build/search/build-search-index';
import {
  searchShardUrl,
  type SearchData,
  type SearchDocument,
  type StoredSearchFields,
} from '../../../../src/shared/search/search-data';
import { engineOver, shardBytes, textSection, withOneTermShard } from '../../../helpers/search-files';

// The real content as the build emits it; each test starts from a first visit (nothing loaded).
let search: SearchData;
let indexBytes: number;
beforeAll(async () => {
  ({ search } = await compileSite('content'));
  indexBytes = shardBytes(search, [...search.shards.keys()]);
});

const firstQuery = async (query: string) => {
  const { engine, fetched } = engineOver(search);
  const outcome = await engine.search(query, 8);
  return { engine, fetched, outcome, hrefs: outcome.hits.map((hit) => hit.href) };
};

describe('a first query', () => {
  it.each(['KL', 'variational autoencoder', 'sqrt d_k', 'transf'])(
    '"%s" downloads a small part of the search data',
    async (query) => {
      const { fetched, outcome } = await firstQuery(query);
      expect(outcome.hits.length).toBeGreaterThan(0);
      expect(shardBytes(search, fetched)).toBeLessThan(indexBytes / 10);
      expect(fetched.filter((url) => url.includes('/search-terms-')).length).toBeLessThanOrEqual(3);
    },
  );

  it('finds a typo’d word whose shard holds other spellings only', async () => {
    expect((await firstQuery('autoencodr')).hrefs).toContain('/questions/what-are-autoencoders');
    expect((await firstQuery('posterior colapse')).hrefs[0]).toBe('/questions/posterior-collapse');
  });

  it('finds a page by a synonym that shares no letters with its title', async () => {
    expect((await firstQuery('MHSA')).hrefs[0]?.split('#')[0]).toBe('/questions/multi-head-self-attention');
    expect((await firstQuery('relative entropy')).hrefs[0]?.split('#')[0]).toBe('/questions/kl-divergence-in-vaes');
  });

  it('offers "did you mean" names when nothing matches', async () => {
    const { outcome } = await firstQuery('lstn gatez');
    expect(outcome.total).toBe(0);
    expect(outcome.suggestions).toContain('LSTM gates');
  });
});

describe('sharding', () => {
  const queries = ['co', 'tr', 'kl', 'why divide by sqrt dk', 'transfomer', 'atention maks', 'MHSA', 'normalis'];

  const expectSameResults = async (sharded: SearchData) => {
    const whole = engineOver(withOneTermShard(sharded)).engine;
    for (const query of queries) {
      const found = await engineOver(sharded).engine.search(query, 8);
      const expected = await whole.search(query, 8);
      expect([query, found.total, found.hits.map((hit) => hit.href)]).toEqual([
        query,
        expected.total,
        expected.hits.map((hit) => hit.href),
      ]);
    }
  };

  it('finds what the whole index finds, for words typed in full or in part, typos and synonyms', async () => {
    await expectSameResults(search);
  });

  it('does so too when the terms of two first letters fill several shards', async () => {
    const { manifest, shards } = search;
    const stored = manifest.documentShards.flatMap(
      (_, shard) => JSON.parse(shards.get(searchShardUrl('documents', manifest.build, shard))!) as StoredSearchFields[],
    );
    const documents = stored.map((fields, id): SearchDocument => ({
      ...fields,
      id,
      aliases: [],
      keywords: [],
      glossary: [],
      body: fields.text,
    }));
    const fine = indexDocuments(
      documents,
      manifest.synonyms,
      [],
      {},
      {
        termBytes: 2000,
        documentBytes: 8000,
        formulaBytes: 16000,
      },
    );
    expect(fine.manifest.termShards.filter((start) => start.startsWith('co')).length).toBeGreaterThan(2);
    await expectSameResults(fine);
  });
});

describe('later queries', () => {
  it('reuse the shards already loaded: typing on needs no other term shard; the same query again, nothing', async () => {
    const { engine, fetched } = await firstQuery('output chan');
    const termShards = () => fetched.filter((url) => url.includes('/search-terms-'));
    const loaded = termShards();
    await engine.search('output chann', 8);
    await engine.search('output channels', 8);
    expect(termShards()).toEqual(loaded);
    const before = fetched.length;
    await engine.search('output channels', 8);
    expect(fetched.length).toBe(before);
  });

  it('give the same results whatever was searched before', async () => {
    const queries = ['atention', 'mode colapse', 'transfomer', 'reparametrisation', 'sqrt d_k', 'co'];
    const summary = ({ hits, total }: { hits: { href: string }[]; total: number }) => ({
      total,
      hrefs: hits.map((hit) => hit.href),
    });
    const fresh = await Promise.all(queries.map(async (query) => summary((await firstQuery(query)).outcome)));
    const { engine } = engineOver(search);
    for (const query of ['mention', 'attention mask', 'collapse', 'transformer', 'token', 'convolution'])
      await engine.search(query, 8);
    for (const [index, query] of queries.entries())
      expect(summary(await engine.search(query, 8))).toEqual(fresh[index]);
  });

  it('never correct a typo in the first two letters, even when the shard that would match is loaded', async () => {
    const tiny = indexDocuments(
      [textSection(0, 'Attention heads.'), textSection(1, 'A mention of heads.')],
      [],
      [],
      {},
      {
        termBytes: 30,
        documentBytes: 200,
        formulaBytes: 200,
      },
    );
    const starts = tiny.manifest.termShards;
    expect(shardsForPrefix(starts, 'mention')).not.toEqual(shardsForPrefix(starts, 'at'));
    const typo = async (engine: SearchEngine) => (await engine.search('atention', 8)).hits.map((hit) => hit.href);
    const first = await typo(engineOver(tiny).engine);
    expect(first).toEqual(['/questions/page-0']);
    const { engine } = engineOver(tiny);
    await engine.search('mention', 8); // "atention" is two typos from "mention"
    expect(await typo(engine)).toEqual(first);
  });
});

describe('shardsForPrefix', () => {
  const starts = ['a', 'co', 'con', 'd', 'e'];
  it('gives the shard a prefix falls in and the next ones that start with it', () => {
    expect(shardsForPrefix(starts, 'b')).toEqual([0]);
    expect(shardsForPrefix(starts, 'c')).toEqual([0, 1, 2]);
    expect(shardsForPrefix(starts, 'co')).toEqual([1, 2]);
    expect(shardsForPrefix(starts, 'conv')).toEqual([2]);
    expect(shardsForPrefix(starts, 'zeta')).toEqual([4]);
    expect(shardsForPrefix(starts, '0')).toEqual([]);
    expect(shardsForPrefix([], 'a')).toEqual([]);
  });
});
