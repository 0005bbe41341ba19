import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSite, type CompiledSite } from '../../../src/build/compile-site';
import { CompileCache } from '../../../src/build/content/compile-cache';
import { dataFiles } from '../../../src/build/emit/data-files';
import { questionFile, topicFile, writeContentFixture } from '../../helpers/content-fixture';
import { problemsIn } from '../../helpers/content-problems';

const site = {
  'topics/alpha.md': topicFile({}, 'A note about [the first](../questions/first.md) and $\\beta$.\n'),
  'questions/first.md': questionFile(
    { order: 1 },
    '## Full answer\n\nThe loss $x^2$.\n\n$$\nL = y \\label{eq:loss}\n$$\n',
  ),
  'questions/second.md': questionFile(
    { order: 2, prerequisites: ['first'] },
    '## Full answer\n\nAs in [](first.md#eq-loss), see [first](first.md#full-answer).\n',
  ),
  'glossary.yaml': '- term: Loss\n  definition: What training minimises, $\\ell$.\n  page: questions/first.md\n',
};

/** Everything a build emits from the compiled site: data files and the glyphs for font subsetting. */
function outputOf(compiled: CompiledSite) {
  const glyphs = [...compiled.mathGlyphs].map(([font, chars]) => [font, [...chars].join('')]);
  return { files: Object.fromEntries(dataFiles(compiled)), glyphs };
}

describe('compileSite with a cache (the dev server)', () => {
  it('gives, after an edit, the same output as compiling everything again', async () => {
    const dir = await writeContentFixture(site);
    const cache = new CompileCache();
    await compileSite(dir, { cache });
    await fs.writeFile(
      path.join(dir, 'questions/first.md'),
      questionFile(
        { order: 1, title: 'Renamed' },
        '## Full answer\n\nThe loss $z^3$.\n\n$$\nL = y \\label{eq:loss}\n$$\n',
      ),
    );

    const incremental = await compileSite(dir, { cache });
    expect(incremental.questions.find((question) => question.slug === 'first')?.html).toContain('z');
    expect(outputOf(incremental)).toEqual(outputOf(await compileSite(dir)));
  });

  it('reports an error an edit makes, at its line and column, and forgets it once fixed', async () => {
    const dir = await writeContentFixture(site);
    const cache = new CompileCache();
    await compileSite(dir, { cache });
    const second = path.join(dir, 'questions/second.md');
    const text = await fs.readFile(second, 'utf8');

    await fs.writeFile(second, text.replace('#full-answer', '#no-such-heading'));
    expect(await problemsIn(compileSite(dir, { cache }), dir)).toEqual([
      expect.stringMatching(/^content\/questions\/second\.md:11:33: link to "first\.md#no-such-heading"/),
      expect.stringContaining('hint: headings of first'),
    ]);
    // Nothing changed: the page is reused, and its problem still reported.
    expect(await problemsIn(compileSite(dir, { cache }), dir)).toHaveLength(2);

    await fs.writeFile(second, text);
    expect(await problemsIn(compileSite(dir, { cache }), dir)).toEqual([]);
  });

  it('reports the links that a renamed page breaks in pages that did not change', async () => {
    const dir = await writeContentFixture(site);
    const cache = new CompileCache();
    await compileSite(dir, { cache });
    await fs.rename(path.join(dir, 'questions/first.md'), path.join(dir, 'questions/renamed.md'));

    const messages = await problemsIn(compileSite(dir, { cache }), dir);
    expect(messages).toContain('content/topics/alpha.md:7:14: link to "../questions/first.md" points to no page');
    expect(messages).toContain('content/questions/second.md:11:7: link to "first.md" points to no page');
  });

  it('marks a new glossary term in pages that did not change', async () => {
    const dir = await writeContentFixture(site);
    const cache = new CompileCache();
    const before = await compileSite(dir, { cache });
    expect(before.topics[0]?.html).not.toContain('data-term="note"');

    await fs.appendFile(
      path.join(dir, 'glossary.yaml'),
      '- term: Note\n  definition: A remark.\n  page: questions/second.md\n',
    );
    const after = await compileSite(dir, { cache });
    expect(after.topics[0]?.html).toContain('data-term="note"');
  });
});
