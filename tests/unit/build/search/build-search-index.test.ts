import { describe, expect, it } from 'vitest';
import { compileSite } from '../../../../src/build/compile-site';
import { dataFiles } from '../../../../src/build/emit/data-files';
import { questionFile, topicFile, writeContentFixture } from '../../../helpers/content-fixture';

async function compileFixture() {
  const dir = await writeContentFixture({
    'topics/vae.md': topicFile(
      { title: 'Variational autoencoders', summary: 'Generative models with a latent code.', aliases: ['VAE'] },
      'Intro to VAEs.\n\n## The ELBO\n\nThe bound $\\mathrm{ELBO} = \\mathbb{E}[\\log p] - D_{\\mathrm{KL}}$.\n',
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

describe('the search index the build emits', () => {
  it('has one document per page lead and per section, with what a result shows', async () => {
    const { search } = await compileFixture();
    expect(search.index.documents.map((document) => [document.href, document.title, document.heading])).toEqual([
      ['/topics/vae', 'Variational autoencoders', ''],
      ['/topics/vae#the-elbo', 'Variational autoencoders', 'The ELBO'],
      ['/questions/kl', 'What does the KL term do?', ''],
      ['/questions/kl#full-answer', 'What does the KL term do?', 'Full answer'],
      ['/questions/kl#worked-example', 'What does the KL term do?', 'Worked example'],
    ]);
    // A topic's lead is its summary and introduction; a question's, its short answer.
    expect(search.index.documents[0]?.text).toBe('Generative models with a latent code.\nIntro to VAEs.');
    expect(search.index.documents[2]?.text).toBe('It pulls q_ϕ(z | x) towards the prior.');
    expect(search.index.index.documentCount).toBe(5);
  });

  it('keeps formulas as TeX with their terms, prerendered by KaTeX in a separate file', async () => {
    const { search } = await compileFixture();
    const elbo = search.index.documents[1]!;
    expect(elbo.formulas).toEqual([
      {
        tex: '\\mathrm{ELBO} = \\mathbb{E}[\\log p] - D_{\\mathrm{KL}}',
        terms: ['elbo', 'expectation', 'log', 'dkl', 'kl'],
      },
    ]);
    expect(search.formulas[elbo.formulas[0]!.tex]).toContain('<span class="katex-display">');
    // The index itself carries no KaTeX markup.
    expect(JSON.stringify(search.index)).not.toMatch(/katex|<math|annotation/);
  });

  it('is written as data/search-index.json and data/search-formulas.json', async () => {
    const files = dataFiles(await compileFixture());
    expect(JSON.parse(files.get('/data/search-index.json')!)).toMatchObject({ version: 1 });
    expect(Object.keys(JSON.parse(files.get('/data/search-formulas.json')!) as object)).toHaveLength(2);
  });

  it('carries the glossary as synonym groups and the names worth suggesting', async () => {
    const { search } = await compileFixture();
    expect(search.index.synonyms).toEqual([['KL divergence', 'KL', 'Kullback–Leibler divergence']]);
    expect(search.index.vocabulary).toEqual(
      expect.arrayContaining(['KL divergence', 'Variational autoencoders', 'VAE', 'regularizer']),
    );
  });
});
