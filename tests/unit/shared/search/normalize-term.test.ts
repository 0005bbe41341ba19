import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../../../src/shared/search/normalize-term';
import { scanTerms } from '../../../../src/shared/search/scan-terms';
import { americanize } from '../../../../src/shared/search/spelling';

describe('normalizeTerm', () => {
  it.each([
    ['Autoencoder', 'autoencoder'],
    ['Kullback', 'kullback'],
    ['Café', 'caf'],
    ['Schrödinger', 'schrodinger'],
    ['β', 'beta'],
    ['σ', 'sigma'],
    ['Σ', 'sigma'],
    ['μP', 'mup'],
    ['d_k', 'dk'],
    ['W^Q', 'wq'],
    ["model's", 'model'],
    ['autoencoders', 'autoencoder'],
    ['Transformers', 'transformer'],
    ['GANs', 'gan'],
    ['probabilities', 'probability'],
    ['loss', 'loss'],
    ['analysis', 'analysis'],
    ['√', 'sqrt'],
  ])('%s → %s', (word, term) => {
    expect(normalizeTerm(word)).toBe(term);
  });

  it('drops stop words and single characters', () => {
    expect(['the', 'What', 'is', 'x', '7'].map(normalizeTerm)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it.each([
    ['scaled', 'scaling', 'scales', 'scale'],
    ['divided', 'dividing', 'divide'],
    ['padding', 'padded', 'pad'],
    ['embedding', 'embedded', 'embed'],
    ['encoding', 'encode', 'encoded'],
    ['normalised', 'normalizing', 'normalize'],
  ])('gives one term to the forms of a word: %s', (...forms) => {
    expect(new Set(forms.map(normalizeTerm)).size).toBe(1);
  });

  it('keeps words that only look inflected apart from their neighbours', () => {
    expect(normalizeTerm('pooling')).toBe('pool');
    expect(normalizeTerm('encoder')).not.toBe(normalizeTerm('encoding'));
    expect(normalizeTerm('bias')).toBe('bias');
  });
});

describe('British and American spellings meet', () => {
  it.each([
    ['normalisation', 'normalization'],
    ['regularised', 'regularized'],
    ['initialise', 'initialize'],
    ['optimising', 'optimizing'],
    ['reparameterisation', 'reparametrization'],
    ['reparameterization', 'reparametrization'],
    ['analyse', 'analyze'],
    ['colour', 'color'],
    ['behaviour', 'behavior'],
    ['neighbourhood', 'neighborhood'],
    ['centre', 'center'],
    ['centred', 'centered'],
    ['modelling', 'modeling'],
    ['labelled', 'labeled'],
    ['analogue', 'analog'],
    ['grey', 'gray'],
  ])('%s and %s', (british, american) => {
    expect(americanize(british)).toBe(americanize(american));
  });

  it.each(['noise', 'denoising', 'elementwise', 'otherwise', 'precise', 'promise', 'exercise', 'raise', 'rise'])(
    'leaves %s alone',
    (word) => {
      expect(americanize(word)).toBe(word);
    },
  );
});

describe('scanTerms', () => {
  it('finds every term with its place in the text, and joins hyphenated words', () => {
    const text = 'A non-linear map of √d_k';
    expect(
      scanTerms(text).map(({ term, start, end, compound }) => [term, text.slice(start, end), Boolean(compound)]),
    ).toEqual([
      ['non', 'non', false],
      ['linear', 'linear', false],
      ['nonlinear', 'non-linear', true],
      ['map', 'map', false],
      ['sqrt', '√', false],
      ['dk', 'd_k', false],
    ]);
  });

  it('reads any input without throwing: punctuation, emoji, markup, __proto__', () => {
    expect(scanTerms('!!! ??? (.*+?[')).toEqual([]);
    expect(scanTerms('🙂🙂')).toEqual([]);
    expect(scanTerms('<script>alert(1)</script>').map((span) => span.term)).toEqual(['script', 'alert', 'script']);
    expect(scanTerms('__proto__ constructor').map((span) => span.term)).toEqual(['proto', 'constructor']);
    expect(scanTerms('a'.repeat(5000)).map((span) => span.term)).toEqual(['a'.repeat(5000)]);
  });
});
