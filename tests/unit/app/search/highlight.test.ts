import { describe, expect, it } from 'vitest';
import { highlightText, makeSnippet, type Segment } from '../../../../src/app/search/highlight';
import { normalizeTerm } from '../../../../src/shared/search/normalize-term';
import { createSynonymMatcher, synonymMarker } from '../../../../src/shared/search/synonyms';

const matcher = createSynonymMatcher([['KL divergence', 'KL', 'Kullback–Leibler divergence']]);
/** The index terms of some words, as a search result reports them. */
const termsOf = (...words: string[]) => new Set(words.map((word) => normalizeTerm(word)!));
const render = (segments: Segment[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('highlightText', () => {
  it('marks every form of a matched term, by term and not by pattern', () => {
    const terms = termsOf('scale', 'attention');
    expect(render(highlightText('Scaled attention: scaling (.*) attentions', terms, matcher))).toBe(
      '[Scaled] [attention]: [scaling] (.*) [attentions]',
    );
  });

  it('marks a whole synonym phrase when the match was through its group', () => {
    const text = 'The Kullback–Leibler divergence, or KL, of q from p.';
    expect(render(highlightText(text, new Set([synonymMarker(0)]), matcher))).toBe(
      'The [Kullback–Leibler divergence], or [KL], of q from p.',
    );
  });

  it('marks hyphenated words as a whole', () => {
    expect(render(highlightText('a non-linear map', termsOf('nonlinear'), matcher))).toBe('a [non-linear] map');
  });
});

describe('makeSnippet', () => {
  const words = Array.from({ length: 120 }, (_, index) => `word${index}`);
  const text = [...words.slice(0, 60), 'softmax', 'of', 'the', 'scores', ...words.slice(60)].join(' ');

  it('shows the part of the text around the matched words, cut at word boundaries', () => {
    const snippet = render(makeSnippet(text, termsOf('softmax', 'score'), matcher, 80));
    expect(snippet).toMatch(/^… word\d+ .*\[softmax\] of the \[scores\] .* word\d+ …$/);
    expect(snippet.length).toBeLessThan(110);
  });

  it('starts at the beginning when the text itself did not match', () => {
    expect(render(makeSnippet(text, termsOf('elsewhere'), matcher, 40))).toMatch(/^word0 word1 .* …$/);
  });

  it('shows a short text whole, on one line', () => {
    expect(render(makeSnippet('First line.\nSecond line.', termsOf('second'), matcher))).toBe(
      'First line. [Second] line.',
    );
  });
});
