import { describe, expect, it } from 'vitest';
import { compileSite } from '../../../../src/build/compile-site';
import { dataFiles } from '../../../../src/build/emit/data-files';
import { formulaShardOf } from '../../../../src/shared/search/formula-shard';
import {
  searchIndexVersion,
  searchShardUrl,
  type SearchData,
  type SearchManifest,
  type StoredSearchFields,
} from '../../../../src/shared/search/search-data';
import { questionFile, topicFile, writeContentFixture } from '../../../helpers/content-fixture';

async function compileFixture(topicIntro = 'Intro to VAEs.') {
  const dir = await writeContentFixture({
    'topics/vae.md': topicFile(
      { title: 'Variational autoencoders', summary: 'Generative models with a latent code.', aliases: ['VAE'] },
      `${topicIntro}\n\n## The ELBO\n\nThe bound $\\mathrm{ELBO} = \\mathbb{E}[\\log p] - D_{\\mathrm{KL}}$.\n`,
    ),
    'questions/kl.md': questionFile(
      {
        title: 'What does the KL term do?',
        summary: 'It pulls $q_\\phi(z \\mid x)$ towards the prior.',
        topic: 'vae',
        keywords: ['regularizer'],
      },
      '## Full answer\n\nThe Kullback–Leibler divergence.\n\n## Worked example\n\nNumbers.\n',
    ),
    'glossary.yaml':
      '- term: KL divergence\n  aliases: [KL, Kullback–Leibler divergence]\n  definition: A divergence.\n  page: questions/kl.md\n',
  });
  return compileSite(dir);
}

/** Every document's stored fields, read back from the document shards in id order. */
function storedDocuments({ manifest, shards }: SearchData): StoredSearchFields[] {
  return manifest.documentShards.flatMap(
    (_, shard) => JSON.parse(shards.get(searchShardUrl('documents', manifest.build, shard))!) as StoredSearchFields[],
  );
}

describe('the search index the build emits', () => {
  it('has one document per page lead and per section, with what a result shows', async () => {
    const { search } = await compileFixture();
    const documents = storedDocuments(search);
    expect(documents.map((document) => [document.href, document.title, document.heading])).toEqual([
      ['/topics/vae', 'Variational autoencoders', ''],
      ['/topics/vae#the-elbo', 'Variational autoencoders', 'The ELBO'],
      ['/questions/kl', 'What does the KL term do?', ''],
      ['/questions/kl#full-answer', 'What does the KL term do?', 'Full answer'],
      ['/questions/kl#worked-example', 'What does the KL term do?', 'Worked example'],
    ]);
    // A topic's lead is its summary and introduction; a question's, its short answer.
    expect(documents[0]?.text).toBe('Generative models with a latent code.\nIntro to VAEs.');
    expect(documents[2]?.text).toBe('It pulls q_ϕ(z | x) towards the prior.');
    expect(search.manifest.ranking.documentCount).toBe(5);
    expect(search.manifest.pageSizes).toEqual([2, 3]);
  });

  it('keeps formulas as TeX with their terms, prerendered by KaTeX in formula shards', async () => {
    const { search } = await compileFixture();
    const elbo = storedDocuments(search)[1]!;
    const tex = '\\mathrm{ELBO} = \\mathbb{E}[\\log p] - D_{\\mathrm{KL}}';
    expect(elbo.formulas).toEqual([{ tex, terms: ['elbo', 'expectation', 'log', 'dkl', 'kl'] }]);
    const { build, formulaShards } = search.manifest;
    const url = searchShardUrl('formulas', build, formulaShardOf(tex, formulaShards));
    expect((JSON.parse(search.shards.get(url)!) as Record<string, string>)[tex]).toContain(
      '<span class="katex-display">',
    );
    // The index and what results show carry no KaTeX markup.
    const others = [...search.shards].filter(([file]) => !file.includes('-formulas-')).map(([, json]) => json);
    expect([JSON.stringify(search.manifest), ...others].join('')).not.toMatch(/katex|<math|annotation/);
  });

  it('is written as data/search-manifest.json and the shards it names, with a hash of their content', async () => {
    const files = dataFiles(await compileFixture());
    const manifest = JSON.parse(files.get('/data/search-manifest.json')!) as SearchManifest;
    expect(manifest).toMatchObject({ version: searchIndexVersion });
    const named = [
      ...manifest.termShards.map((_, shard) => searchShardUrl('terms', manifest.build, shard)),
      ...manifest.documentShards.map((_, shard) => searchShardUrl('documents', manifest.build, shard)),
      ...Array.from({ length: manifest.formulaShards }, (_, shard) =>
        searchShardUrl('formulas', manifest.build, shard),
      ),
      searchShardUrl('vocabulary', manifest.build, 0),
    ];
    expect([...files.keys()].filter((url) => url.startsWith('/data/search-')).sort()).toEqual(
      ['/data/search-manifest.json', ...named].sort(),
    );
    expect(named[0]).toMatch(/^\/data\/search-terms-[0-9a-f]{10}-0\.json$/);
    // Any change of content names every shard anew, so a cached shard is never stale.
    const edited = dataFiles(await compileFixture('Intro to variational autoencoders.'));
    expect((JSON.parse(edited.get('/data/search-manifest.json')!) as SearchManifest).build).not.toBe(manifest.build);
  });

  it('carries the glossary as synonym groups and the names worth suggesting', async () => {
    const { search } = await compileFixture();
    expect(search.manifest.synonyms).toEqual([['KL divergence', 'KL', 'Kullback–Leibler divergence']]);
    const vocabulary = JSON.parse(
      search.shards.get(searchShardUrl('vocabulary', search.manifest.build, 0))!,
    ) as string[];
    expect(vocabulary).toEqual(
      expect.arrayContaining(['KL divergence', 'Variational autoencoders', 'VAE', 'regularizer']),
    );
  });
});
