import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { firstScreenFonts } from '../../../../src/build/emit/first-screen-fonts';
import type { ContentPageData } from '../../../../src/shared/page-data';

const math = (tex: string) => katex.renderToString(tex, { output: 'htmlAndMathml' });

describe('the fonts preloaded for the top of a page', () => {
  it("are those a question's short answer draws with", () => {
    const page = {
      kind: 'question',
      summaryHtml: `<p>The bound ${math('\\mathbb{E}[x] \\ge 0')} holds.</p>`,
      html: `<p>Later: ${math('\\mathcal{N}(0, 1)')}</p>`,
    } as unknown as ContentPageData;
    // Not the calligraphic N of the body further down.
    expect(firstScreenFonts(page)).toEqual(['KaTeX_AMS-Regular', 'KaTeX_Main-Regular', 'KaTeX_Math-Italic']);
  });

  it('are none for a short answer without formulas, or a topic', () => {
    expect(firstScreenFonts({ kind: 'question', summaryHtml: '<p>Plain.</p>', html: '' } as never)).toEqual([]);
    expect(firstScreenFonts({ kind: 'topic', html: `<p>${math('x')}</p>` } as never)).toEqual([]);
  });
});
