import { recordTransfer } from '../../src/build/bench/measure-transfer';
import { expect, test } from './fixtures';

const kb = 1024;

// Issue 10's first-visit targets are JS ≤ 100 KB and total ≤ 150 KB. Today's typical question page
// loads ~103 KB of JS (~81 KB of it React, React DOM and the router) and ~160–170 KB in all, ~10–18 KB
// of which is the page's JSON repeating its prerendered body. Until that is fixed these two limits
// guard against growth, at today's size; the font budget is the issue's own.
const limits = { js: 115 * kb, total: 180 * kb, font: 30 * kb };

for (const url of ['/questions/elbo', '/questions/cnn-stride', '/questions/lstm-components']) {
  test(`first visit of ${url} stays within the byte budgets`, async ({ page }) => {
    const finish = recordTransfer(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    const bytes = await finish();
    test.info().annotations.push({ type: 'bytes', description: JSON.stringify(bytes) });
    expect(bytes.js, 'JavaScript (gzip)').toBeLessThanOrEqual(limits.js);
    expect(bytes.font, 'KaTeX fonts (woff2)').toBeLessThanOrEqual(limits.font);
    expect(bytes.total, 'everything (gzip)').toBeLessThanOrEqual(limits.total);
  });
}
