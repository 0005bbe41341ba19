import { describe, expect, it } from 'vitest';
import { compileSite } from '../../../../src/build/compile-site';
import { dataFiles } from '../../../../src/build/emit/data-files';
import { katexMacros } from '../../../../src/shared/katex-macros';
import { questionFile, topicFile, writeContentFixture } from '../../../helpers/content-fixture';
import { problemsOf } from '../../../helpers/content-problems';

const site = {
  'topics/alpha.md': topicFile(
    {},
    'The [first question](../questions/first.md) uses a loss.\n\n$$\nL = -\\log p \\label{eq:loss}\n$$\n',
  ),
  'questions/first.md': questionFile(
    { order: 1 },
    '## Full answer\n\nThe loss {eq:ce} is a $D_{\\mathrm{KL}}$ in disguise.\n\n$$\nL = H(p, q) \\label{eq:ce}\n$$\n\nBack to [alpha](../topics/alpha.md).\n',
  ),
  'questions/second.md': questionFile(
    { order: 2 },
    '## Full answer\n\nThe loss of [](first.md#eq-ce) and [the first](first.md), again [first](first.md).\n',
  ),
  'glossary.yaml': '- term: Loss\n  definition: What training minimises.\n  page: questions/first.md\n',
};

/** A notation file that documents every site macro. */
const notation = Object.keys(katexMacros)
  .map((macro) => `- tex: ${macro}\n  macro: ${macro}\n  meaning: A symbol.\n`)
  .join('');

describe('the reading data of a site', () => {
  it('lists the pages that link to each page, once each, in study order', async () => {
    const data = await compileSite(await writeContentFixture(site));
    const first = data.questions.find((page) => page.slug === 'first')!;
    expect(first.backlinks).toEqual([
      { kind: 'topic', href: '/topics/alpha', title: 'Alpha' },
      { kind: 'question', href: '/questions/second', title: 'What is it?' },
    ]);
    expect(data.topics[0]!.backlinks).toEqual([{ kind: 'question', href: '/questions/first', title: 'What is it?' }]);
    expect(data.questions.find((page) => page.slug === 'second')!.backlinks).toEqual([]);
  });

  it("numbers another page's equation in a reference, and previews that page with its equations", async () => {
    const data = await compileSite(await writeContentFixture(site));
    const second = data.questions.find((page) => page.slug === 'second')!;
    expect(second.html).toContain('<a href="/questions/first#eq-ce" class="eq-ref">eq. (1)</a>');
    const preview = data.reading!.previews.get('/questions/first')!;
    expect(preview).toMatchObject({
      kind: 'question',
      title: 'What is it?',
      summaryHtml: 'It is.',
      topicTitle: 'Alpha',
    });
    expect(preview.equations).toEqual([
      { id: 'eq-ce', number: 1, html: expect.stringContaining('<mtext>(1)</mtext>') as string },
    ]);
  });

  it('gives each page its marked terms, reading time, and the glossary page where else a term is used', async () => {
    const data = await compileSite(await writeContentFixture(site));
    const second = data.questions.find((page) => page.slug === 'second')!;
    expect(second.glossaryTerms).toEqual([{ id: 'loss', term: 'Loss', definitionHtml: 'What training minimises.' }]);
    expect(second.readingMinutes).toBe(1);
    expect(data.reading!.glossary.entries).toEqual([
      {
        id: 'loss',
        term: 'Loss',
        aliases: [],
        definitionHtml: 'What training minimises.',
        explainedIn: { kind: 'question', href: '/questions/first', title: 'What is it?' },
        mentionedOn: [
          { kind: 'topic', href: '/topics/alpha', title: 'Alpha' },
          { kind: 'question', href: '/questions/second', title: 'What is it?' },
        ],
      },
    ]);
  });

  it('finds where each macro is first used, written as the macro or spelled out', async () => {
    const data = await compileSite(await writeContentFixture({ ...site, 'notation.yaml': notation }));
    const kl = data.reading!.notation.entries.find((entry) => entry.macro === '\\KL')!;
    expect(kl.firstUse).toEqual({ kind: 'question', href: '/questions/first', title: 'What is it?' });
    expect(kl.symbolHtml).toContain('<span class="katex">');
    expect(data.reading!.notation.entries.find((entry) => entry.macro === '\\JSD')!.firstUse).toBeUndefined();
  });

  it('emits the glossary, the notation and one preview file per page', async () => {
    const files = dataFiles(await compileSite(await writeContentFixture(site)));
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        '/data/glossary.json',
        '/data/notation.json',
        '/data/previews/topics/alpha.json',
        '/data/previews/questions/first.json',
        '/data/previews/questions/second.json',
      ]),
    );
  });
});

describe('the reading step refuses', () => {
  it('an unknown equation, on the same page or on another one', async () => {
    const broken = {
      ...site,
      'questions/second.md': questionFile({ order: 2 }, '## Full answer\n\nSee {eq:cee} and [](first.md#eq-nope).\n'),
    };
    expect(await problemsOf(broken)).toEqual([
      'content/questions/second.md:10:5: unknown equation "eq:cee"',
      "  hint: label a display formula with \\label{eq:name}; for another page's equation write [](page.md#eq-name)",
      'content/questions/second.md:10:18: link to "first.md#eq-nope": that page has no equation "eq:nope"',
      '  hint: equations of first.md: eq:ce',
    ]);
  });

  it('a notation entry for a macro that does not exist, and macros nobody documented', async () => {
    const problems = await problemsOf({ ...site, 'notation.yaml': '- tex: \\Kl\n  macro: \\Kl\n  meaning: Typo.\n' });
    expect(problems).toEqual([
      `content/notation.yaml:1:1: macros without an entry: ${Object.keys(katexMacros).join(', ')}`,
      '  hint: add an entry with `macro:`, `tex:` and `meaning:` for each, so the notation page explains it',
      'content/notation.yaml:1:8: KaTeX cannot render this formula: Undefined control sequence: \\Kl',
      '  hint: check the command names and braces; KaTeX supports a subset of LaTeX (katex.org/docs/supported)',
      'content/notation.yaml:2:10: there is no macro \\Kl. Did you mean "\\KL"?',
      '  hint: macros are defined in src/shared/katex-macros.ts',
    ]);
  });
});
