import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryTermNames } from '../../../../src/build/reading/term-matcher';
import { compileWithReading } from '../../../helpers/reading-processor';

const terms: GlossaryTermNames[] = [
  { id: 'elbo', names: ['ELBO', 'evidence lower bound'], pageFile: path.resolve('/c/questions/elbo.md') },
  { id: 'kl-divergence', names: ['KL divergence', 'KL'], pageFile: path.resolve('/c/questions/kl.md') },
  { id: 'autoencoder', names: ['Autoencoder', 'AE'], pageFile: path.resolve('/c/topics/ae.md') },
  { id: 'here-term', names: ['here term'], pageFile: path.resolve('/c/questions/here.md') },
];

const marksOf = (html: string) => [...html.matchAll(/<span class="gloss-term"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1]);

describe('glossary term marks', () => {
  it('marks the first occurrence of each term only, with its tooltip id', async () => {
    const { html, file } = await compileWithReading(
      'The ELBO bounds the evidence.\n\nThe ELBO again, and the KL divergence.',
      {
        terms,
      },
    );
    expect(html).toContain(
      '<span class="gloss-term" data-term="elbo" tabindex="0" aria-describedby="gloss-elbo">ELBO</span> bounds',
    );
    expect(marksOf(html)).toEqual(['ELBO', 'KL divergence']);
    expect(file.data.glossaryTerms).toEqual(['elbo', 'kl-divergence']);
  });

  it('prefers the longest name, matches plurals, other cases and line breaks, and acronyms only in capitals', async () => {
    const { html } = await compileWithReading('Two autoencoders share a KL\ndivergence; an ae is not an AE.', {
      terms,
    });
    expect(marksOf(html)).toEqual(['autoencoders', 'KL\ndivergence']);
  });

  it('matches whole words only', async () => {
    const { html } = await compileWithReading('A VAE, a KLD or an autoencoderish net holds no term.', { terms });
    expect(marksOf(html)).toEqual([]);
  });

  it('does not mark headings, links, code, math or the list of sources', async () => {
    const markdown = [
      '## The ELBO',
      '',
      'See [the ELBO](elbo.md), `ELBO` and $\\mathrm{ELBO}$.',
      '',
      '## Sources',
      '',
      '- Kingma. *The KL divergence*.',
    ].join('\n');
    const { html } = await compileWithReading(markdown, { terms });
    expect(marksOf(html)).toEqual([]);
  });

  it('does not mark a term on the page that explains it', async () => {
    const { html } = await compileWithReading('The here term is explained here.', { terms });
    expect(marksOf(html)).toEqual([]);
  });
});
