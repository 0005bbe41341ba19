import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Bytes a first visit downloads, by kind: gzip for text (as a static host sends it), raw for woff2. */
async function firstVisitBytes(page: Page, url: string) {
  const bytes = { html: 0, js: 0, css: 0, data: 0, font: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const path = new URL(response.url()).pathname;
          const kind = path.endsWith('.woff2')
            ? 'font'
            : path.endsWith('.js')
              ? 'js'
              : path.endsWith('.css')
                ? 'css'
                : path.endsWith('.json')
                  ? 'data'
                  : 'html';
          bytes[kind] += kind === 'font' ? body.length : gzipSync(body).length;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  return { ...bytes, total: bytes.html + bytes.js + bytes.css + bytes.data + bytes.font };
}

const kb = 1024;

// Issue 10's first-visit targets are JS ≤ 100 KB and total ≤ 150 KB. Today's typical question page
// loads ~103 KB of JS (~81 KB of it React, React DOM and the router) and ~160–170 KB in all, ~10–18 KB
// of which is the page's JSON repeating its prerendered body. Until that is fixed these two limits
// guard against growth, at today's size; the font budget is the issue's own.
const limits = { js: 115 * kb, total: 180 * kb, font: 30 * kb };

for (const url of ['/questions/elbo', '/questions/cnn-stride', '/questions/lstm-components']) {
  test(`first visit of ${url} stays within the byte budgets`, async ({ page }) => {
    const bytes = await firstVisitBytes(page, url);
    test.info().annotations.push({ type: 'bytes', description: JSON.stringify(bytes) });
    expect(bytes.js, 'JavaScript (gzip)').toBeLessThanOrEqual(limits.js);
    expect(bytes.font, 'KaTeX fonts (woff2)').toBeLessThanOrEqual(limits.font);
    expect(bytes.total, 'everything (gzip)').toBeLessThanOrEqual(limits.total);
  });
}
