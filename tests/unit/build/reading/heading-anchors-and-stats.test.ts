import { describe, expect, it } from 'vitest';
import { compileWithReading } from '../../../helpers/reading-processor';

describe('heading links', () => {
  it('gives h2–h4 a link to their own id, leaving the heading text and the table of contents as written', async () => {
    const { html, file } = await compileWithReading('## Why divide by √d_k?\n\n#### Deeper\n\nText.');
    expect(html).toContain(
      '<h2 id="why-divide-by-d_k">Why divide by √d_k?<a class="heading-anchor" href="#why-divide-by-d_k" aria-label="Link to this section"></a></h2>',
    );
    expect(html).toContain('<a class="heading-anchor" href="#deeper"');
    expect(file.data.headings).toEqual([{ depth: 2, id: 'why-divide-by-d_k', text: 'Why divide by √d_k?' }]);
  });
});

describe('reading statistics', () => {
  it('estimates the reading time from words and formulas, at least one minute', async () => {
    const words = Array.from({ length: 390 }, () => 'word').join(' ');
    const formulas = '$$\na\n$$\n\n$b$ $c$ $d$ $e$ $f$';
    expect((await compileWithReading(`${words}\n\n${formulas}`)).file.data.readingMinutes).toBe(2);
    expect((await compileWithReading('Short.')).file.data.readingMinutes).toBe(1);
  });

  it('records the macro symbols a page uses, written as the macro or spelled out', async () => {
    const macros = { '\\KL': 'D_{\\mathrm{KL}}', '\\E': '\\mathbb{E}', '\\ELBO': '\\mathrm{ELBO}' };
    const { file } = await compileWithReading('$\\KL(q \\| p)$ and $\\mathbb{E} [x]$, not \\ELBO.', { macros });
    expect(file.data.macrosUsed).toEqual(['\\KL', '\\E']);
  });
});
