import AxeBuilder from '@axe-core/playwright';
import { expect, ignoreNotFoundResponses, test } from './fixtures';

/** One page of every type. Pages added by later features join this list. */
const pages: { name: string; url: string; status?: number }[] = [
  { name: 'home', url: '/' },
  { name: 'topic', url: '/topics/variational-autoencoders' },
  { name: 'question', url: '/questions/lstm-components' },
  { name: 'not-found', url: '/no/such/page', status: 404 },
  { name: 'study path', url: '/path' },
  { name: 'review', url: '/review' },
  { name: 'glossary', url: '/glossary' },
  { name: 'notation', url: '/notation' },
  { name: 'search results', url: '/search?q=kl%20divergence' },
  { name: 'no search results', url: '/search?q=zzzzqqq' },
  { name: 'practice', url: '/practice' },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const { name, url, status = 200 } of pages) {
      test(`the ${name} page has no axe violations`, async ({ page, consoleErrors }) => {
        const response = await page.goto(url, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(status);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const summary = results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
        ignoreNotFoundResponses(consoleErrors);
      });
    }
  });
}

test('a screen reader gets every formula of a long page, also those far below the screen', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/topics/variational-autoencoders', { waitUntil: 'networkidle' });
  const client = await page.context().newCDPSession(page);
  const formulasInAccessibilityTree = async () => {
    const { nodes } = await client.send('Accessibility.getFullAXTree');
    return nodes.filter((node) => !node.ignored && node.role?.value === 'MathMLMath').length;
  };
  const exposed = await formulasInAccessibilityTree();
  expect(exposed).toBeGreaterThan(50);
  // Rendering skipped for what is off-screen (`content-visibility: auto`) drops formulas from the tree.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await formulasInAccessibilityTree()).toBe(exposed);
});
