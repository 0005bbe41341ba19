import { expect, ignoreNotFoundResponses, test } from './fixtures';

// Runs against a build made with BASE_PATH (see the test:e2e:subpath script). URLs are relative to it.
test('the site works from a sub-path: links, assets, data and client navigation', async ({ page }) => {
  const base = new URL(test.info().project.use.baseURL!).pathname;
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Deep Learning Topics' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Autoencoders', exact: true }).click();
  await expect(page).toHaveURL(`${base}topics/autoencoders`);
  await expect(page.locator('.prose .katex').first()).toBeVisible();
  const question = page.getByRole('region', { name: 'Questions' }).getByRole('link').first();
  await question.click();
  await expect(page).toHaveURL(new RegExp(`^http://[^/]+${base}questions/[a-z0-9-]+$`));
  // Links inside compiled content carry the base path too.
  const inProse = page.locator('.prose a[href^="/"]').first();
  await expect(inProse).toHaveAttribute('href', new RegExp(`^${base}`));
});

test('an unknown address under the sub-path answers 404', async ({ page, consoleErrors }) => {
  const response = await page.goto('./no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  ignoreNotFoundResponses(consoleErrors);
});
