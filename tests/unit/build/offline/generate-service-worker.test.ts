import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../../../src/build/build-site';
import { generateServiceWorker } from '../../../../src/build/offline/generate-service-worker';
import { isPageDataRequest, isPagePreviewRequest } from '../../../../src/build/offline/runtime-routes';
import { generateContent } from '../../../helpers/generate-content';

/** The URLs a generated `sw.js` precaches. */
function precachedUrls(sw: string): string[] {
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]!);
}

/** The pages whose data file a list of precached URLs holds (`questions/question-7`). */
function pagesIn(urls: string[], base = '/'): string[] {
  return urls.flatMap(
    (url) => /^data\/((?:topics|questions)\/[a-z0-9-]+)\.json$/.exec(url.slice(base.length))?.[1] ?? [],
  );
}

describe('the service worker of a site of 8 topics and 400 questions', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dlt-sw-'));
    // The client build emits every data file; prerendering, which only adds HTML, is skipped for speed.
    await buildSite({ root: process.cwd(), outDir, contentDir: await generateContent(400), prerender: false });
    await fs.writeFile(path.join(outDir, 'shell.html'), '<!doctype html><div id="root"></div>');
  });

  it('precaches the shell, the site-wide data and the study path’s first 250 pages, and stays small', async () => {
    await generateServiceWorker({ distDir: outDir, base: '/' });
    const sw = await fs.readFile(path.join(outDir, 'sw.js'), 'utf8');
    const urls = precachedUrls(sw);
    for (const url of [
      '/shell.html',
      '/data/site.json',
      '/data/path.json',
      '/data/glossary.json',
      '/data/notation.json',
    ]) {
      expect(urls).toContain(url);
    }
    expect(urls.some((url) => url.startsWith('/assets/app-'))).toBe(true);
    expect(urls.some((url) => url.startsWith('/data/search-'))).toBe(false);
    // Path order: each topic, then its 50 questions (not file-name order, where question-100 comes early).
    const pages = pagesIn(urls);
    expect(pages).toHaveLength(250);
    expect(pages).toEqual(expect.arrayContaining(['topics/topic-5', 'questions/question-1', 'questions/question-245']));
    expect(pages).not.toContain('questions/question-246');
    expect(pages).not.toContain('topics/topic-6');
    // Each precached page comes with its link preview.
    expect(urls).toContain('/data/previews/questions/question-245.json');
    expect(urls).not.toContain('/data/previews/questions/question-246.json');
    // The 150 pages past the budget add nothing: sw.js does not grow with the site.
    expect(urls.length).toBeLessThanOrEqual(600);
    expect(Buffer.byteLength(sw)).toBeLessThan(80 * 1024);
    expect(gzipSync(sw).length).toBeLessThan(26 * 1024);
  });

  it('stops at the first page of the path that would exceed the byte budget, under any base', async () => {
    const base = '/deep-learning-topics/';
    const budget = { gzipBytes: 60_000, pages: 250 };
    await generateServiceWorker({ distDir: outDir, base, budget });
    const urls = precachedUrls(await fs.readFile(path.join(outDir, 'sw.js'), 'utf8'));
    const pages = pagesIn(urls, base);
    const gzipOf = async (page: string) => {
      const files = [`data/${page}.json`, `data/previews/${page}.json`];
      const sizes = await Promise.all(
        files.map(async (file) => gzipSync(await fs.readFile(path.join(outDir, file))).length),
      );
      return sizes[0]! + sizes[1]!;
    };
    const sizes = await Promise.all(pages.map(gzipOf));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.slice(0, 3)).toEqual(['topics/topic-1', 'questions/question-1', 'questions/question-2']);
    expect(total).toBeLessThanOrEqual(budget.gzipBytes);
    expect(total + (await gzipOf(`questions/question-${pages.length}`))).toBeGreaterThan(budget.gzipBytes);
  });

  it('caches the data and preview of any other page once fetched, in a cache of its own', async () => {
    await generateServiceWorker({ distDir: outDir, base: '/' });
    const sw = await fs.readFile(path.join(outDir, 'sw.js'), 'utf8');
    expect(sw).toContain('"page-data"');
    expect(sw).toContain('"page-previews"');
    const request = (url: string) => ({ url: new URL(url, 'https://example.org') });
    expect(isPageDataRequest(request('/data/questions/question-399.json'))).toBe(true);
    expect(isPageDataRequest(request('/deep-learning-topics/data/topics/topic-8.json'))).toBe(true);
    expect(isPagePreviewRequest(request('/data/previews/questions/question-399.json'))).toBe(true);
    for (const url of ['/data/site.json', '/data/search-manifest.json', '/data/previews/questions/question-399.json']) {
      expect(isPageDataRequest(request(url))).toBe(false);
    }
    expect(isPagePreviewRequest(request('/data/questions/question-399.json'))).toBe(false);
  });
});
