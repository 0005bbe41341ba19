import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Rollup } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site';
import { generateContent } from '../helpers/generate-content';

const root = process.cwd();

async function buildInto(contentDir: string, prerender: boolean) {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dlt-dist-'));
  const result = await buildSite({ root, outDir, contentDir, prerender });
  return { outDir, ...result };
}

function chunks(output: Rollup.RolldownOutput): Rollup.OutputChunk[] {
  return output.output.filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
}

describe('the production build of the fixture site', () => {
  let built: Awaited<ReturnType<typeof buildInto>>;
  beforeAll(async () => {
    built = await buildInto('tests/fixtures/valid-site', true);
  });

  it('ships no Markdown parser, no KaTeX JavaScript and no build code to the browser', () => {
    const all = chunks(built.client);
    const isCompiler = (id: string) =>
      !id.endsWith('.css') && // KaTeX's stylesheet is wanted; its JavaScript is not
      /node_modules\/(katex|micromark|remark-|rehype-|unified|mdast-|hast-|yaml|zod)|src\/build\//.test(id);
    // What a page loads before it hydrates: the entry, the route chunks, and what they import statically.
    const byFile = new Map(all.map((chunk) => [chunk.fileName, chunk]));
    const eager = new Set<Rollup.OutputChunk>();
    const visit = (chunk: Rollup.OutputChunk | undefined) => {
      if (!chunk || eager.has(chunk)) return;
      eager.add(chunk);
      for (const file of chunk.imports) visit(byFile.get(file));
    };
    for (const chunk of all) {
      if (chunk.isEntry || /src\/app\/(study\/)?routes\/\w+Page\.tsx$/.test(chunk.facadeModuleId ?? '')) visit(chunk);
    }
    expect(all.flatMap((chunk) => chunk.moduleIds).length).toBeGreaterThan(10);
    expect([...eager].flatMap((chunk) => chunk.moduleIds).filter(isCompiler)).toEqual([]);
    // The exceptions load later, on demand: a learner's notes are rendered with react-markdown and
    // KaTeX when the notes panel opens, and saved study progress is validated with zod/mini.
    const lazy = all.filter((chunk) => !eager.has(chunk)).flatMap((chunk) => chunk.moduleIds);
    expect(lazy.filter((id) => isCompiler(id) && /src\/build\/|node_modules\/yaml/.test(id))).toEqual([]);
  });

  it('serves KaTeX CSS and fonts from the build itself', async () => {
    const assets = await fs.readdir(path.join(built.outDir, 'assets'));
    expect(assets.some((name) => /^KaTeX_Main-Regular-.*\.woff2$/.test(name))).toBe(true);
    const css = (
      await Promise.all(
        assets
          .filter((name) => name.endsWith('.css'))
          .map((name) => fs.readFile(path.join(built.outDir, 'assets', name), 'utf8')),
      )
    ).join('');
    expect(css).toContain('.katex');
    expect(css).not.toMatch(/https?:\/\/(cdn|fonts)\./);
  });

  it('prerenders every route with its full content and math, and a 404 page', async () => {
    const question = await fs.readFile(path.join(built.outDir, 'questions/first-question.html'), 'utf8');
    expect(question).toContain('<title>What is the first question? · Deep Learning Topics</title>');
    expect(question).toContain('<meta name="description" content="It is the one with x² in its short answer." />');
    expect(question).toContain('<h1>What is the first question?</h1>');
    expect(question).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(question).toContain('href="/questions/second-question"');
    const notFound = await fs.readFile(path.join(built.outDir, '404.html'), 'utf8');
    expect(notFound).toContain('<h1>Page not found</h1>');
    const home = await fs.readFile(path.join(built.outDir, 'index.html'), 'utf8');
    expect(home).toContain('href="/topics/alpha"');
    const appPages = ['index', '404', 'path', 'review', 'practice', 'search', 'glossary', 'notation'];
    for (const name of appPages) await fs.access(path.join(built.outDir, `${name}.html`));
    // Every app page, plus the fixture's topic and two questions.
    expect(built.pageCount).toBe(appPages.length + 3);
  });

  it('emits one data file per page, loaded per route', async () => {
    const data = await fs.readdir(path.join(built.outDir, 'data/questions'));
    expect(data.filter((name) => name.endsWith('.json')).sort()).toEqual([
      'first-question.json',
      'second-question.json',
    ]);
  });
});

describe('a first visit', () => {
  it('downloads the same entry chunks and page bytes with 70 or 1,000 pages', async () => {
    const measure = async (questionCount: number) => {
      const { client, outDir } = await buildInto(await generateContent(questionCount), true);
      // The app's entry and the script that starts it after the first paint.
      const entries = chunks(client).filter((chunk) => chunk.isEntry);
      const gzipOf = async (file: string) => gzipSync(await fs.readFile(path.join(outDir, file))).length;
      const pageFiles = ['questions/question-7.html', 'data/questions/question-7.json', 'data/site.json'];
      const page = (await Promise.all(pageFiles.map(gzipOf))).reduce((sum, size) => sum + size, 0);
      const entryBytes = Object.fromEntries(entries.map((chunk) => [chunk.name, gzipSync(chunk.code).length]));
      return { entries: entryBytes, page };
    };
    const small = await measure(70);
    const large = await measure(1000);
    expect(Object.keys(large.entries).sort()).toEqual(['after-paint', 'index']);
    expect(large.entries).toEqual(small.entries);
    // The same question, topic menu and data; only counts such as "of 1000 questions" may differ.
    expect(Math.abs(large.page - small.page)).toBeLessThanOrEqual(32);
    // Two builds, one of 1,000 pages: ~25 s on a quiet 2-core machine, more when it is busy.
  }, 180_000);
});
