import { describe, expect, it } from 'vitest';
import { scanEquationLabels } from '../../../../src/build/reading/scan-equation-labels';
import { compileWithReading } from '../../../helpers/reading-processor';

const twoEquations = [
  'The bound {eq:bound} and the gap [](#eq-gap).',
  '',
  '$$',
  'a \\le b \\label{eq:bound}',
  '$$',
  '',
  '$$',
  'b - a',
  '$$',
  '',
  '$$',
  'g = b - a \\label{eq:gap}',
  '$$',
].join('\n');

describe('equation labels', () => {
  it('numbers the labelled display equations of a page in order, each with an anchor', async () => {
    const { html, file, errors } = await compileWithReading(twoEquations);
    expect(errors).toEqual([]);
    expect(file.data.equations).toEqual([
      { id: 'eq-bound', number: 1 },
      { id: 'eq-gap', number: 2 },
    ]);
    expect(html).toContain('<div class="equation" id="eq-bound"><span class="katex-display">');
    const numbers = [...html.matchAll(/<mtext>\((\d+)\)<\/mtext>/g)].map((match) => match[1]);
    // Two numbers, not three: the unlabelled formula between them has none.
    expect(numbers).toEqual(['1', '2']);
    expect(html).toContain('<mi>a</mi><mo>≤</mo><mi>b</mi></mrow></mtd><mtd width="50%"></mtd><mtd><mtext>(1)</mtext>');
    expect(html).not.toContain('\\label');
  });

  it('turns {eq:…} and empty links to #eq-… into links showing the number', async () => {
    const { html } = await compileWithReading(twoEquations);
    expect(html).toContain(
      'The bound <a href="#eq-bound" class="eq-ref" aria-label="Equation (1)">(1)</a> and the gap <a href="#eq-gap" class="eq-ref" aria-label="Equation (2)">(2)</a>.',
    );
  });

  it("numbers a reference to another page's equation from that page's labels", async () => {
    const { html, errors } = await compileWithReading('As in [](elbo.md#eq-elbo) and [the ELBO](elbo.md#eq-elbo).', {
      labelsOfRoute: (route) => (route === '/questions/elbo' ? ['eq:evidence', 'eq:elbo'] : undefined),
    });
    expect(errors).toEqual([]);
    expect(html).toBe(
      '<p>As in <a href="/questions/elbo#eq-elbo" class="eq-ref">eq. (2)</a> and <a href="/questions/elbo#eq-elbo">the ELBO</a>.</p>',
    );
  });

  it('leaves {eq:…} inside code alone', async () => {
    const { html, errors } = await compileWithReading('Write `{eq:elbo}` to refer to it.');
    expect(errors).toEqual([]);
    expect(html).toContain('<code>{eq:elbo}</code>');
  });

  it('reports an unknown reference at its line and column, suggesting a label of the page', async () => {
    const { errors } = await compileWithReading(`${twoEquations}\n\nSee {eq:bond}.`);
    expect(errors).toEqual([
      {
        file: expect.stringMatching(/here\.md$/) as string,
        line: 15,
        column: 5,
        message: 'unknown equation "eq:bond". Did you mean "eq:bound"?',
        hint: "equations on this page: eq:bound, eq:gap; for another page's equation write [](page.md#eq-name)",
      },
    ]);
  });

  it('reports a label outside display math, a malformed label and a label used twice', async () => {
    const markdown = [
      'Inline $x \\label{eq:x}$.',
      '',
      '$$\na \\label{elbo}\n$$',
      '',
      '$$\na \\label{eq:a}\n$$',
      '',
      '$$\nb \\label{eq:a}\n$$',
    ].join('\n');
    const { errors } = await compileWithReading(markdown);
    expect(errors.map((error) => `${error.line}:${error.column} ${error.message}`)).toEqual([
      '3:1 equation label "elbo" must look like "eq:name" (lowercase letters, digits, hyphens)',
      '11:1 equation label "eq:a" is already used on this page',
      '1:8 an equation label only works in a display formula (a $$ block)',
    ]);
  });
});

describe('scanEquationLabels', () => {
  it('lists the labels of a file in order, ignoring the frontmatter', () => {
    const file =
      '---\ntitle: "\\\\label{eq:not-this}"\n---\n\n$$\na \\label{eq:one}\n$$\n\n$$\nb \\label{eq:two}\n$$\n';
    expect(scanEquationLabels(file)).toEqual(['eq:one', 'eq:two']);
  });
});
