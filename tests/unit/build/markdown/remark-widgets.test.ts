import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../../../src/build/compile-site';
import { ContentErrors } from '../../../../src/build/content-error';
import { createMarkdownProcessor } from '../../../../src/build/markdown/markdown-processor';
import { toContentErrors } from '../../../../src/build/markdown/to-content-errors';
import { splitAtWidgets } from '../../../../src/shared/widgets/widget-placeholder';
import { questionFile, topicFile, writeContentFixture } from '../../../helpers/content-fixture';

const processor = createMarkdownProcessor({ routeOf: () => undefined, knownFiles: () => [] });

async function compile(markdown: string) {
  const file = new VFile({ path: '/c/questions/here.md', value: markdown });
  const html = String(await processor.process(file));
  const problems = toContentErrors(file).map(
    (error) => `${error.line}:${error.column}: ${error.message} | ${error.hint ?? ''}`,
  );
  return { html, problems };
}

describe('::widget directives', () => {
  it('become a placeholder carrying every prop, defaults filled in, between the surrounding paragraphs', async () => {
    const { html, problems } = await compile('Before.\n\n::widget{name="conv-geometry" input=9 stride=2}\n\nAfter.');
    expect(problems).toEqual([]);
    expect(splitAtWidgets(html)).toEqual([
      '<p>Before.</p>\n',
      { name: 'conv-geometry', props: { input: 9, kernel: 3, padding: 0, stride: 2, dilation: 1 } },
      '\n<p>After.</p>',
    ]);
  });

  it('convert each prop to its type: numbers, choices, booleans, text and number lists', async () => {
    const { html, problems } = await compile(
      '::widget{name="attention" sentence="a b c" query=2 scaled=false}\n\n' +
        '::widget{name="pooling" values="1, 2, 3, 4, 5, 6, 7, 8, 9" operation=min}\n\n' +
        '::widget{name="kl-gaussians" muP=-1.5 sigmaQ=.5}',
    );
    expect(problems).toEqual([]);
    const widgets = splitAtWidgets(html).filter((part) => typeof part !== 'string');
    expect(widgets.map((widget) => widget.props)).toEqual([
      { sentence: 'a b c', query: 2, dk: 64, heads: 2, scaled: false },
      { values: [1, 2, 3, 4, 5, 6, 7, 8, 9], window: 2, stride: 2, operation: 'min' },
      { muP: -1.5, sigmaP: 1, muQ: 1, sigmaQ: 0.5 },
    ]);
  });

  it('reads a bare attribute as true', async () => {
    const { html } = await compile('::widget{name="attention" scaled}');
    const [widget] = splitAtWidgets(html);
    expect(typeof widget === 'object' && widget.props.scaled).toBe(true);
  });
});

describe('::widget directives with mistakes stop the build at the attribute, with a hint', () => {
  it('an unknown widget, with the closest name', async () => {
    const { problems, html } = await compile('Text.\n\n::widget{name="conv-geometri" input=7}\n');
    expect(problems).toEqual([
      expect.stringMatching(
        /^3:10: unknown widget "conv-geometri". Did you mean "conv-geometry"\? \| widgets: conv-geometry, pooling, /,
      ),
    ]);
    expect(html).not.toContain('data-widget');
  });

  it('a missing name', async () => {
    expect((await compile('::widget{input=7}')).problems).toEqual([
      expect.stringMatching(/^1:1: a widget needs a name: ::widget\{name="..."\} \| widgets: conv-geometry/),
    ]);
  });

  it('an unknown prop, with the closest one', async () => {
    expect((await compile('::widget{name="conv-geometry" kernal=3}')).problems).toEqual([
      '1:31: widget "conv-geometry" has no prop "kernal". Did you mean "kernel"? | props of conv-geometry: input, kernel, padding, stride, dilation (see content/README.md)',
    ]);
  });

  it('a value out of range or of the wrong kind, never clamped', async () => {
    expect((await compile('::widget{name="conv-geometry" stride=0 input=7.5}')).problems).toEqual([
      '1:31: prop "stride" of widget "conv-geometry" must be an integer from 1 to 8, not "0" | stride: stride s (default: 1)',
      '1:40: prop "input" of widget "conv-geometry" must be an integer from 1 to 32, not "7.5" | input: input size n (a square n × n input) (default: 7)',
    ]);
  });

  it('a choice that is not offered', async () => {
    expect((await compile('::widget{name="pooling" operation=mean}')).problems).toEqual([
      expect.stringContaining(
        '1:25: prop "operation" of widget "pooling" must be one of "max", "average", "min", "global-max", "global-average"',
      ),
    ]);
  });

  it('props that contradict each other', async () => {
    expect((await compile('::widget{name="conv-geometry" input=3 kernel=5}')).problems).toEqual([
      '1:39: widget "conv-geometry": the dilated kernel spans 5 cells but the padded input has 3 | make the input or the padding larger, or the kernel or the dilation smaller',
    ]);
  });

  it('a widget inside a list', async () => {
    expect((await compile('- item\n\n  ::widget{name="pooling"}')).problems).toEqual([
      '3:3: a widget must stand on its own line at the top level of the page | move it out of the list, quote or table it is in',
    ]);
  });

  it('another directive, and a directive line that cannot be read', async () => {
    const { problems } = await compile(
      '::note{x=1}\n\n:::aside\nText\n:::\n\n::widget{name="attention" sentence="say "hi""}',
    );
    expect(problems.map((problem) => problem.split(' | ')[0])).toEqual([
      '1:1: unknown directive "::note"',
      '3:1: unknown directive ":::aside"',
      '7:1: this line starts like a directive but could not be read',
    ]);
  });
});

describe('text that only looks like a directive', () => {
  it('keeps a colon before a word as written', async () => {
    const { html, problems } = await compile('A ratio a:b, a key note:this, and 16:9.');
    expect(problems).toEqual([]);
    expect(html).toBe('<p>A ratio a:b, a key note:this, and 16:9.</p>');
  });
});

describe('the build', () => {
  it('stops on a bad widget with path:line:col and a hint, like any content error', async () => {
    const dir = await writeContentFixture({
      'topics/alpha.md': topicFile(),
      'questions/q.md': questionFile({}, '## Full answer\n\n::widget{name="pooling" window=4}\n'),
    });
    const error = await compileSite(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentErrors);
    expect((error as ContentErrors).message.replaceAll(path.basename(dir), 'content').split('\n').slice(1)).toEqual([
      'content/questions/q.md:10:25: prop "window" of widget "pooling" must be an integer from 2 to 3, not "4"',
      '  hint: window: pooling window size (default: 2)',
    ]);
  });
});
