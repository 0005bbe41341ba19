import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../../src/app/search/search-engine';
import { compileSite } from '../../../../src/build/compile-site';
import type { SearchData } from '../../../../src/shared/search/search-data';
import { engineOver } from '../../../helpers/search-files';

// The real content, indexed as the build does and loaded as the browser does (through JSON, shard by shard).
let search: SearchData;
let engine: SearchEngine;
beforeAll(async () => {
  ({ search } = await compileSite('content'));
  ({ engine } = engineOver(search));
});

const top = async (query: string, count = 1) => (await engine.search(query, count)).hits.map((hit) => hit.href);
const topPage = async (query: string) => (await top(query))[0]?.split('#')[0];

describe('what students type finds the right page first', () => {
  it.each([
    // acronyms, both ways
    ['KL', '/questions/kl-divergence-in-vaes'],
    ['Kullback-Leibler divergence', '/questions/kl-divergence-in-vaes'],
    ['relative entropy', '/questions/kl-divergence-in-vaes'],
    ['VAE', '/topics/variational-autoencoders'],
    ['variational auto-encoder', '/topics/variational-autoencoders'],
    ['ELBO', '/questions/elbo'],
    ['evidence lower bound', '/questions/elbo'],
    ['MHSA', '/questions/multi-head-self-attention'],
    ['PE', '/questions/positional-encodings'],
    ['GRU', '/questions/gru-vs-lstm'],
    ['gated recurrent unit', '/questions/gru-vs-lstm'],
    ['LSTM', '/questions/lstm-components'],
    ['long short-term memory', '/questions/lstm-components'],
    ['CNN', '/topics/convolutional-neural-networks'],
    ['ConvNet', '/topics/convolutional-neural-networks'],
    ['GAN', '/topics/generative-adversarial-networks'],
    ['BPTT', '/questions/backpropagation-through-time'],
    // spellings and typos
    ['reparameterization', '/questions/reparametrization-trick'],
    ['reparameterisation trick', '/questions/reparametrization-trick'],
    ['normalisation', '/questions/residuals-and-layer-norm'],
    ['mode colapse', '/questions/gan-mode-collapse'],
    ['posterior colapse', '/questions/posterior-collapse'],
    // prefixes, as typed
    ['recept', '/questions/receptive-field'],
    ['teacher forc', '/questions/teacher-forcing'],
    // formulas
    ['sqrt d_k', '/questions/why-scale-by-sqrt-dk'],
    ['why divide by sqrt dk', '/questions/why-scale-by-sqrt-dk'],
    // a question about the concept outranks a page that mentions it
    ['causal mask', '/questions/causal-masking'],
    ['same padding', '/questions/valid-and-same-padding'],
  ])('%s → %s', async (query, page) => {
    expect(await topPage(query)).toBe(page);
  });

  it.each([
    ['autoencodr', '/questions/what-are-autoencoders'],
    ['transf', '/topics/transformers'],
    ['transfomer', '/questions/transformer-architecture'],
    ['softmax', '/questions/scaled-dot-product-attention'],
    ['beta vae', '/questions/balance-reconstruction-and-regularization'],
  ])('%s → %s among the first three', async (query, href) => {
    expect(await top(query, 3)).toContain(href);
  });

  it('lands on the section when the query names one', async () => {
    expect(await top('kl term in closed form', 3)).toContain(
      '/topics/variational-autoencoders#the-kl-term-in-closed-form',
    );
    expect(await top('stride 2 output size', 3)).toContain('/questions/cnn-stride');
  });
});

describe('a result', () => {
  it('marks the matched words in title, heading and snippet, synonyms included', async () => {
    const marked = (segments: { text: string; match: boolean }[]) =>
      segments.filter((segment) => segment.match).map((segment) => segment.text);
    const [page, section] = (await engine.search('Kullback-Leibler divergence', 2)).hits;
    expect(marked(page!.titleSegments)).toEqual(['KL divergence']);
    expect(marked(section!.snippet)).toEqual(expect.arrayContaining(['Kullback–Leibler divergence']));
    const [bptt] = (await engine.search('BPTT', 1)).hits;
    expect(marked(bptt!.titleSegments)).toEqual(['backpropagation through time']);
  });

  it('shows the formula it matched inside, and formula text never carries KaTeX markup', async () => {
    const hits = (await engine.search('sqrt d_k', 5)).hits;
    expect(hits[0]?.formula).toBe('\\sqrt{d_k}');
    const text = hits
      .flatMap((hit) => [...hit.snippet, ...hit.titleSegments])
      .map((segment) => segment.text)
      .join('');
    expect(text).toContain('√d_k');
    expect(text).not.toMatch(/\\sqrt|application\/x-tex|<span|katex/);
    const rendered = await engine.formulas([hits[0]!.formula!]);
    expect(rendered[hits[0]!.formula!]).toContain('class="katex"');
  });

  it('names a page once among its first results, and lists more on request', async () => {
    const { hits, total } = await engine.search('attention', 50);
    expect(total).toBeGreaterThan(50);
    expect(hits).toHaveLength(50);
    const firstEight = hits.slice(0, 8).map((hit) => hit.href.split('#')[0]);
    for (const page of new Set(firstEight))
      expect(firstEight.filter((href) => href === page).length).toBeLessThanOrEqual(3);
  });
});

describe('any input gives results or a clean "no results"', () => {
  it.each([
    '(.*+?[',
    '\\',
    '<script>alert(1)</script>',
    'x'.repeat(5000),
    'attention '.repeat(500),
    '🙂🙂🙂',
    '!!!???',
    '   ',
    '',
    '__proto__',
    'constructor',
    'hasOwnProperty toString',
    '%00 %20',
  ])('%j', async (query) => {
    // No timing asserted here (it failed under load): `npm run bench:search` measures query time.
    const outcome = await engine.search(query, 8);
    expect(outcome.total).toBeGreaterThanOrEqual(outcome.hits.length);
    for (const hit of outcome.hits) expect(hit.href).toMatch(/^\/(topics|questions)\/[a-z0-9-]+(#[\w-]+)?$/);
  });

  it('suggests the closest names that do find something', async () => {
    const nothing = await engine.search('lstn gatez', 8);
    expect(nothing.total).toBe(0);
    expect(nothing.suggestions).toContain('LSTM gates');
    expect(await engine.suggest('lstn')).toContain('LSTM');
    expect(await engine.suggest('atention maks')).toContain('attention mask');
    expect(await engine.suggest('qqqqqqq')).toEqual([]);
  });
});
