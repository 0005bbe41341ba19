import { describe, expect, it } from 'vitest';
import { compileSite } from '../../../src/build/compile-site';
import { questionFile, topicFile, writeContentFixture } from '../../helpers/content-fixture';
import { problemsOf } from '../../helpers/content-problems';

describe('compileSite on valid content', () => {
  it('emits page data for every topic and question, with links resolved to routes', async () => {
    const data = await compileSite('tests/fixtures/valid-site');
    expect(data.site.topics).toEqual([
      { slug: 'alpha', title: 'Alpha topic', summary: 'A tiny topic for tests.', questionCount: 2 },
    ]);
    const [topic] = data.topics;
    expect(topic?.questions.map((question) => question.slug)).toEqual(['first-question', 'second-question']);
    expect(topic?.html).toContain('href="/questions/first-question#worked-example"');
    expect(topic?.headings).toEqual([
      { depth: 2, id: 'background', text: 'Background' },
      { depth: 3, id: 'detail', text: 'Detail' },
    ]);
    const second = data.questions.find((question) => question.slug === 'second-question');
    expect(second?.prerequisites.map((question) => question.title)).toEqual(['What is the first question?']);
    expect(second?.html).toContain('href="/topics/alpha"');
    expect(second?.html).toContain('href="https://example.org"');
  });

  it('renders math to KaTeX HTML with MathML kept for screen readers', async () => {
    const data = await compileSite('tests/fixtures/valid-site');
    const html = data.topics[0]!.html;
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
    expect(html).toContain('class="katex-display"');
    expect(html).not.toContain('$$');
  });

  it('renders the short answer inline, and keeps a plain-text version for the meta description', async () => {
    const data = await compileSite('tests/fixtures/valid-site');
    const first = data.questions.find((question) => question.slug === 'first-question')!;
    expect(first.summaryHtml).toMatch(/^It is the one with <span class="katex">/);
    // Formulas as readable text, not TeX source: search engines and link previews show this.
    expect(first.summaryText).toBe('It is the one with x² in its short answer.');
  });
});

describe('compileSite refuses broken content with path:line:col and a hint', () => {
  const topic = { 'topics/alpha.md': topicFile() };

  it('reports a missing required field', async () => {
    expect(await problemsOf({ ...topic, 'questions/q.md': questionFile({ title: undefined }) })).toEqual([
      'content/questions/q.md:1:1: missing required field "title"',
      '  hint: see the field table in content/README.md',
    ]);
  });

  it('reports an invalid field value at the value', async () => {
    expect(await problemsOf({ ...topic, 'questions/q.md': questionFile({ order: 'first' }) })).toEqual([
      'content/questions/q.md:5:8: field "order" must be a number',
    ]);
  });

  it('reports an unknown field with the closest known one', async () => {
    expect(await problemsOf({ ...topic, 'questions/q.md': questionFile({ followups: [] }) })).toEqual([
      'content/questions/q.md:6:1: unknown frontmatter field "followups". Did you mean "followUps"?',
      '  hint: allowed fields: title, summary, topic, order, prerequisites, followUps, aliases, keywords',
    ]);
  });

  it('reports invalid YAML', async () => {
    expect(await problemsOf({ ...topic, 'questions/q.md': '---\ntitle: [unclosed\n---\n' })).toEqual([
      'content/questions/q.md:2:17: invalid YAML in frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]',
      '  hint: check indentation, and quote values that contain ": " or start with a special character',
    ]);
  });

  it('reports a duplicate slug', async () => {
    const problems = await problemsOf({
      ...topic,
      'questions/q.md': questionFile(),
      'questions/more/q.md': questionFile({ order: 2 }),
    });
    expect(problems[0]).toMatch(
      /^content\/questions\/q\.md:1:1: duplicate slug "q": .*questions\/more\/q\.md has the same file name$/,
    );
    expect(problems[1]).toBe('  hint: slugs are unique across topics and questions; rename one of the files');
  });

  it('reports a link to a missing page, suggesting the closest file', async () => {
    const body = '## Full answer\n\nSee [the other](othr.md).\n';
    expect(
      await problemsOf({
        ...topic,
        'questions/q.md': questionFile({}, body),
        'questions/other.md': questionFile({ order: 2 }),
      }),
    ).toEqual(['content/questions/q.md:10:5: link to "othr.md" points to no page', '  hint: did you mean "other.md"?']);
  });

  it('reports a link to a heading the target does not have', async () => {
    const body = '## Full answer\n\nSee [it](other.md#worked-exmple).\n';
    const other = questionFile({ order: 2 }, '## Worked example\n\nText.\n');
    expect(
      await problemsOf({ ...topic, 'questions/q.md': questionFile({}, body), 'questions/other.md': other }),
    ).toEqual([
      'content/questions/q.md:10:5: link to "other.md#worked-exmple": that page has no heading "#worked-exmple". Did you mean "worked-example"?',
      '  hint: headings of other: #worked-example',
    ]);
  });

  it("reports invalid LaTeX with KaTeX's reason", async () => {
    const body = '## Full answer\n\nThe bound $\\ELBOO(x)$ holds.\n';
    expect(await problemsOf({ ...topic, 'questions/q.md': questionFile({}, body) })).toEqual([
      'content/questions/q.md:10:11: KaTeX cannot render this formula: Undefined control sequence: \\ELBOO',
      '  hint: check the command names and braces; KaTeX supports a subset of LaTeX (katex.org/docs/supported)',
    ]);
  });

  it('reports invalid LaTeX in the short answer at the summary field', async () => {
    expect(await problemsOf({ ...topic, 'questions/q.md': questionFile({ summary: 'It is $\\frac{1}{$.' }) })).toEqual([
      expect.stringMatching(/^content\/questions\/q\.md:3:10: KaTeX cannot render this formula: /),
      '  hint: check the command names and braces; KaTeX supports a subset of LaTeX (katex.org/docs/supported)',
    ]);
  });

  it('reports follow-ups and prerequisites that point nowhere', async () => {
    expect(
      await problemsOf({ ...topic, 'questions/q.md': questionFile({ followUps: ['nowhere'], prerequisites: ['q'] }) }),
    ).toEqual([
      'content/questions/q.md:6:13: followUps names "nowhere", which is not a question.',
      '  hint: use the file name of a question in content/questions, without .md',
      'content/questions/q.md:7:17: prerequisites lists the question itself',
    ]);
  });

  it('reports an unknown topic', async () => {
    expect(await problemsOf({ ...topic, 'questions/q.md': questionFile({ topic: 'alpah' }) })).toEqual([
      'content/questions/q.md:4:8: unknown topic "alpah". Did you mean "alpha"?',
      '  hint: use the file name of a topic in content/topics, without .md',
    ]);
  });

  it('reports a prerequisite cycle once, with its path', async () => {
    expect(
      await problemsOf({
        ...topic,
        'questions/a.md': questionFile({ order: 1, prerequisites: ['b'] }),
        'questions/b.md': questionFile({ order: 2, prerequisites: ['c'] }),
        'questions/c.md': questionFile({ order: 3, prerequisites: ['a'] }),
      }),
    ).toEqual([
      'content/questions/a.md:6:17: prerequisite cycle: a → b → c → a',
      '  hint: a question cannot (even indirectly) be its own prerequisite; remove one of these prerequisites',
    ]);
  });

  it('reports raw HTML and a level-one heading in the body', async () => {
    const body = '# Title again\n\n<div>raw</div>\n';
    expect(await problemsOf({ ...topic, 'questions/q.md': questionFile({}, body) })).toEqual([
      'content/questions/q.md:8:1: a body heading must start at "##": the title (frontmatter) is the page\'s "#" heading',
      '  hint: change "# " to "## "',
      'content/questions/q.md:10:1: raw HTML is not supported: "<div>raw</div>"',
      '  hint: write it in Markdown (for a literal "<", escape it as "\\<")',
    ]);
  });

  it('collects every problem of every file before failing', async () => {
    const problems = await problemsOf({
      ...topic,
      'questions/a.md': questionFile({ order: 1, title: undefined }),
      'questions/b.md': questionFile({ order: 2 }, 'See [x](missing.md).\n'),
    });
    expect(problems.filter((line) => line.startsWith('content/'))).toHaveLength(2);
  });
});

describe('the glossary', () => {
  const pages = {
    'topics/alpha.md': topicFile(),
    'questions/q.md': questionFile({}, '## Full answer\n\nText.\n'),
  };

  it('renders definitions and resolves each entry to its page', async () => {
    const dir = await writeContentFixture({
      ...pages,
      'glossary.yaml':
        '- term: ELBO\n  aliases: [evidence lower bound]\n  definition: A bound on $\\log p(x)$.\n  page: questions/q.md#full-answer\n',
    });
    const { glossary } = await compileSite(dir);
    expect(glossary).toEqual([
      expect.objectContaining({ term: 'ELBO', aliases: ['evidence lower bound'], href: '/questions/q#full-answer' }),
    ]);
    expect(glossary[0]?.definitionHtml).toContain('<span class="katex">');
  });

  it('reports unknown fields, missing pages, bad headings and repeated names', async () => {
    const glossary = [
      '- term: ELBO',
      '  definiton: typo',
      '- term: KL',
      '  definition: Divergence.',
      '  page: questions/nope.md',
      '- term: VAE',
      '  aliases: [elbo]',
      '  definition: A model.',
      '  page: questions/q.md#nowhere',
    ].join('\n');
    expect(await problemsOf({ ...pages, 'glossary.yaml': glossary })).toEqual([
      'content/glossary.yaml:1:3: missing required field "definition"',
      '  hint: see the field table in content/README.md',
      'content/glossary.yaml:1:3: missing required field "page"',
      '  hint: see the field table in content/README.md',
      'content/glossary.yaml:2:3: unknown glossary field "definiton". Did you mean "definition"?',
      '  hint: allowed fields: term, aliases, definition, page',
    ]);
    expect(await problemsOf({ ...pages, 'glossary.yaml': glossary.split('\n').slice(2).join('\n') })).toEqual([
      'content/glossary.yaml:3:9: page "questions/nope.md" does not exist',
      'content/glossary.yaml:7:9: page "questions/q.md" has no heading "#nowhere"',
      '  hint: headings: #full-answer',
    ]);
    const repeated =
      '- term: KL\n  definition: D.\n  page: questions/q.md\n- term: VAE\n  aliases: [kl]\n  definition: M.\n  page: questions/q.md\n';
    expect(await problemsOf({ ...pages, 'glossary.yaml': repeated })).toEqual([
      'content/glossary.yaml:5:13: "kl" is already a term or alias of "KL"',
      '  hint: each name may appear once in the glossary',
    ]);
  });
});
