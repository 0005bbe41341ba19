import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '../../../../src/build/markdown/markdown-processor';

const processor = createMarkdownProcessor({ routeOf: () => undefined, knownFiles: () => [] });

async function sectionsOf(markdown: string) {
  const file = new VFile({ path: path.resolve('/c/questions/q.md'), value: markdown });
  await processor.process(file);
  return file.data.searchSections ?? [];
}

describe('rehypeCollectSearchSections', () => {
  it('splits the page at its ## and ### headings, keeping the lead', async () => {
    const sections = await sectionsOf(
      'Intro text.\n\n## First part\n\nOne.\n\n### Detail\n\nTwo.\n\n#### Deeper\n\nThree.',
    );
    expect(sections.map(({ id, heading, text }) => ({ id, heading, text }))).toEqual([
      { id: '', heading: '', text: 'Intro text.' },
      { id: 'first-part', heading: 'First part', text: 'One.' },
      { id: 'detail', heading: 'Detail', text: 'Two.\nDeeper\nThree.' },
    ]);
  });

  it('keeps formulas as TeX, readable in the text and absent from the indexed body', async () => {
    const [, section] = await sectionsOf(
      '## Attention\n\nScores are scaled by $\\sqrt{d_k}$ here:\n\n$$\n\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V\n$$\n',
    );
    expect(section?.formulas).toEqual([
      { tex: '\\sqrt{d_k}', display: false },
      { tex: '\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V', display: true },
    ]);
    expect(section?.text).toBe('Scores are scaled by √d_k here:\nsoftmax(QKᵀ/√d_k)V');
    expect(section?.body).toBe('Scores are scaled by here:');
  });

  it('never lets KaTeX output (MathML, TeX annotations) into the text', async () => {
    const [lead] = await sectionsOf('The bound $\\log p_\\theta(x) \\ge \\mathrm{ELBO}$ holds.');
    expect(lead?.text).toBe('The bound log p_θ(x) ≥ ELBO holds.');
    expect(lead?.text).not.toMatch(/annotation|application\/x-tex|\\log|<math/);
  });

  it('reads headings with math readably, and tables and lists as separate lines', async () => {
    const sections = await sectionsOf(
      '## Why divide by $\\sqrt{d_k}$?\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two\n',
    );
    expect(sections[1]?.heading).toBe('Why divide by √d_k?');
    expect(sections[1]?.text).toBe('a b\n1 2\none\ntwo');
  });
});
