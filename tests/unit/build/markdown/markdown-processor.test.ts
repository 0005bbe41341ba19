import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '../../../../src/build/markdown/markdown-processor';
import { toContentErrors } from '../../../../src/build/markdown/to-content-errors';

const pages = new Map([
  [path.resolve('/c/questions/elbo.md'), '/questions/elbo'],
  [path.resolve('/c/topics/vae.md'), '/topics/vae'],
]);
const processor = createMarkdownProcessor({ routeOf: (file) => pages.get(file), knownFiles: () => [...pages.keys()] });

async function compile(markdown: string) {
  const file = new VFile({ path: '/c/questions/here.md', value: markdown });
  const html = String(await processor.process(file));
  return { html, file, errors: toContentErrors(file) };
}

describe('the Markdown pipeline', () => {
  it('turns relative .md links into routes, keeping the heading', async () => {
    const { html, file } = await compile('See [the ELBO](elbo.md#derivation) and [VAEs](../topics/vae.md).');
    expect(html).toBe(
      '<p>See <a href="/questions/elbo#derivation">the ELBO</a> and <a href="/topics/vae">VAEs</a>.</p>',
    );
    expect(file.data.internalLinks?.map((link) => link.hash)).toEqual(['derivation', undefined]);
  });

  it('keeps external links and same-page anchors as they are', async () => {
    const { html, errors } = await compile('[paper](https://arxiv.org/abs/1312.6114) and [above](#intro)');
    expect(html).toContain('href="https://arxiv.org/abs/1312.6114"');
    expect(html).toContain('href="#intro"');
    expect(errors).toEqual([]);
  });

  it('refuses a link that is neither a page nor a URL', async () => {
    const { errors } = await compile('[notes](notes.txt)');
    expect(errors.map((error) => error.message)).toEqual([
      'link "notes.txt" is neither a page (.md file) nor an external URL',
    ]);
  });

  it('gives headings GitHub-style ids and records h2/h3 for the table of contents', async () => {
    const { html, file } = await compile('## Why divide by √d_k?\n\n### The variance argument\n\n#### Deeper');
    expect(html).toContain('<h2 id="why-divide-by-d_k">');
    expect(file.data.headings).toEqual([
      { depth: 2, id: 'why-divide-by-d_k', text: 'Why divide by √d_k?' },
      { depth: 3, id: 'the-variance-argument', text: 'The variance argument' },
    ]);
    expect([...(file.data.anchors ?? [])]).toContain('deeper');
  });

  it('renders inline and display math with KaTeX at build time, MathML included', async () => {
    const { html } = await compile('Inline $a^2$.\n\n$$\n\\frac{1}{2}\n$$');
    expect(html).toContain('<span class="katex">');
    expect(html).toContain('<span class="katex-display">');
    expect(html).toContain('<mfrac><mn>1</mn><mn>2</mn></mfrac>');
  });

  it("leaves out KaTeX's copy of the TeX source in the MathML, which no reader uses", async () => {
    const { html } = await compile('Inline $a^2$.');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><msup>');
    expect(html).not.toContain('<annotation');
  });

  it('renders GFM tables', async () => {
    const { html } = await compile('| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<table>');
  });

  it('does not let KaTeX produce links or ids (trust is off)', async () => {
    const { html } = await compile('$\\href{javascript:alert(1)}{x}$ $\\htmlId{evil}{y}$');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain('id="evil"');
  });

  it('refuses javascript:, vbscript: and data: URLs in links, images and definitions', async () => {
    const { html, errors } = await compile(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) ![c](data:image/png;base64,xx) [d]\n\n[d]: vbscript:msgbox',
    );
    expect(errors.map((error) => error.message.split(':')[0])).toEqual([
      'unsafe URL "javascript',
      'unsafe URL "JaVaScRiPt',
      'unsafe URL "data',
      'unsafe URL "vbscript',
    ]);
    expect(html).not.toMatch(/javascript:|vbscript:|data:image/i);
  });
});
