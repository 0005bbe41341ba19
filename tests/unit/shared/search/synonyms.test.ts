import { describe, expect, it } from 'vitest';
import { scanTerms } from '../../../../src/shared/search/scan-terms';
import { createSynonymMatcher, synonymMarker } from '../../../../src/shared/search/synonyms';

const matcher = createSynonymMatcher([
  ['KL divergence', 'KL', 'Kullback–Leibler divergence', 'relative entropy'],
  ['Autoencoder', 'AE', 'auto-encoder'],
  ['Multi-head self-attention', 'MHSA', 'multi-head attention'],
  ['Scaled dot-product attention', 'attention'],
]);

function markersIn(text: string): string[] {
  return matcher.findAll(scanTerms(text)).map((match) => `${match.marker}:${text.slice(match.start, match.end)}`);
}

describe('synonym groups', () => {
  it('finds every name of a group, whatever its spelling or case', () => {
    const kl = synonymMarker(0);
    expect(markersIn('the KL term')).toEqual([`${kl}:KL`]);
    expect(markersIn('Kullback-Leibler divergence')).toEqual([`${kl}:Kullback-Leibler divergence`]);
    expect(markersIn('its relative entropies')).toEqual([`${kl}:relative entropies`]);
    expect(markersIn('an auto-encoder, or autoencoders')).toEqual([
      `${synonymMarker(1)}:auto-encoder`,
      `${synonymMarker(1)}:autoencoders`,
    ]);
  });

  it('reports overlapping names, longest and shortest', () => {
    expect(markersIn('multi-head attention')).toEqual([
      `${synonymMarker(2)}:multi-head attention`,
      `${synonymMarker(3)}:attention`,
    ]);
  });

  it('does not match a name split over separate words of another phrase', () => {
    expect(markersIn('KLAUS divergence')).toEqual([]);
  });
});
