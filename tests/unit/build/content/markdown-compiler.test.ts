import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompileCache } from '../../../../src/build/content/compile-cache';
import type { SourceFile } from '../../../../src/build/content/load-content';
import { createMarkdownCompiler } from '../../../../src/build/content/markdown-compiler';
import { noReadingOptions } from '../../../../src/build/reading/reading-plugin-options';
import type { GlossaryTermNames } from '../../../../src/build/reading/term-matcher';
import { questionFile } from '../../../helpers/content-fixture';

const root = path.resolve('/c');
const fileOf = (slug: string) => path.join(root, 'questions', `${slug}.md`);

function question(slug: string, body: string, fields: Record<string, unknown> = {}): SourceFile {
  return { kind: 'question', file: fileOf(slug), slug, text: questionFile(fields, body) };
}

interface Site {
  slugs: string[];
  labels?: Record<string, string[]>;
  terms?: GlossaryTermNames[];
  base?: string;
}

/** A compiler for one compile of a site of questions, sharing `cache` with the compiles before it. */
function compilerFor(cache: CompileCache, { slugs, labels = {}, terms = [], base = '/' }: Site) {
  const routes = new Map(slugs.map((slug) => [fileOf(slug), `/questions/${slug}`]));
  return createMarkdownCompiler({
    base,
    site: {
      routeOf: (file) => routes.get(file),
      knownFiles: () => [...routes.keys()],
      labelsOfRoute: (route) => labels[route],
    },
    reading: { ...noReadingOptions, terms },
    cache,
  });
}

const linking = question('a', '## Full answer\n\nSee [b](b.md).\n');
const plain = question('c', '## Full answer\n\nNo links, $x^2$.\n');

describe('MarkdownCompiler with a cache', () => {
  it('reuses an unchanged page and compiles an edited one', async () => {
    const cache = new CompileCache();
    const site = { slugs: ['a', 'b', 'c'] };
    const first = compilerFor(cache, site);
    const a = await first.page(linking);
    const c = await first.page(plain);

    const second = compilerFor(cache, site);
    expect(await second.page(linking)).toBe(a);
    const edited = await second.page({ ...plain, text: plain.text.replace('No links', 'Still no links') });
    expect(edited).not.toBe(c);
    expect(edited.page?.html).toContain('Still no links');
  });

  it('compiles a page again when a page it links to is renamed, and reports the dead link', async () => {
    const cache = new CompileCache();
    const first = compilerFor(cache, { slugs: ['a', 'b', 'c'] });
    const a = await first.page(linking);
    const c = await first.page(plain);
    expect(a.errors).toEqual([]);

    const second = compilerFor(cache, { slugs: ['a', 'renamed-b', 'c'] });
    const again = await second.page(linking);
    expect(again).not.toBe(a);
    expect(again.errors).toEqual([
      expect.objectContaining({ file: fileOf('a'), line: 10, column: 5, message: 'link to "b.md" points to no page' }),
    ]);
    expect(await second.page(plain)).toBe(c);
  });

  it('compiles a page again when the equation labels of a page it refers to change', async () => {
    const cache = new CompileCache();
    const referring = question('a', '## Full answer\n\nAs in [](b.md#eq-loss).\n');
    const before = await compilerFor(cache, { slugs: ['a', 'b'], labels: { '/questions/b': ['eq:loss'] } }).page(
      referring,
    );
    expect(before.page?.html).toContain('eq. (1)');

    const after = await compilerFor(cache, { slugs: ['a', 'b'], labels: { '/questions/b': ['eq:other'] } }).page(
      referring,
    );
    expect(after).not.toBe(before);
    expect(after.errors.map((error) => error.message)).toEqual([expect.stringContaining('eq-loss')]);
  });

  it('compiles every page again when the glossary gains a term', async () => {
    const cache = new CompileCache();
    const before = await compilerFor(cache, { slugs: ['a', 'b', 'c'] }).page(linking);
    expect(before.page?.html).not.toContain('gloss-term');

    const terms = [{ id: 'see', names: ['see'], pageFile: fileOf('c') }];
    const after = await compilerFor(cache, { slugs: ['a', 'b', 'c'], terms }).page(linking);
    expect(after.page?.html).toContain('<span class="gloss-term" data-term="see"');
  });

  it('compiles every page again when the base path changes', async () => {
    const cache = new CompileCache();
    const before = await compilerFor(cache, { slugs: ['a', 'b'] }).page(linking);
    const after = await compilerFor(cache, { slugs: ['a', 'b'], base: '/sub/' }).page(linking);
    expect(after).not.toBe(before);
  });

  it('still reports the problems of a page it reuses', async () => {
    const cache = new CompileCache();
    const broken = question('a', '# A title in the body\n\nText.\n');
    const first = await compilerFor(cache, { slugs: ['a'] }).page(broken);
    const second = await compilerFor(cache, { slugs: ['a'] }).page(broken);
    expect(second).toBe(first);
    expect(second.errors).toEqual([expect.objectContaining({ file: fileOf('a'), line: 8, column: 1 })]);
  });

  it('collects the math glyphs of reused pages as if they had been compiled again', async () => {
    const cache = new CompileCache();
    const first = compilerFor(cache, { slugs: ['a', 'b', 'c'] });
    await first.page(plain);
    await first.inline('$\\alpha + y$', fileOf('glossary'), 'definition');
    const second = compilerFor(cache, { slugs: ['a', 'b', 'c'] });
    await second.page(plain);
    await second.inline('$\\alpha + y$', fileOf('glossary'), 'definition');

    const fresh = compilerFor(new CompileCache(), { slugs: ['a', 'b', 'c'] });
    await fresh.page(plain);
    await fresh.inline('$\\alpha + y$', fileOf('glossary'), 'definition');
    const listed = (glyphs: Map<string, Set<string>>) => [...glyphs].map(([font, chars]) => [font, [...chars]]);
    expect(listed(second.mathGlyphs)).toEqual(listed(fresh.mathGlyphs));
    expect(second.mathGlyphs.get('KaTeX_Math-Italic')).toEqual(new Set(['x', 'α', 'y']));
  });

  it('forgets the results a finished compile did not use', async () => {
    const cache = new CompileCache();
    const first = compilerFor(cache, { slugs: ['a', 'c'] });
    await first.page(linking);
    await first.page(plain);
    first.finish();
    expect(cache.pages.size).toBe(2);

    const second = compilerFor(cache, { slugs: ['c'] });
    await second.page(plain);
    second.finish();
    expect(cache.pages.size).toBe(1);
  });
});
