import { expect, test } from './fixtures';

test('after one visit, another question opens with the network off', async ({ page, context }) => {
  await page.goto('/');
  // The service worker has installed (and so precached the shell and every page's data).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);

  await page.goto('/questions/gru-vs-lstm');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/gated recurrent unit/i);
  await expect(page.locator('.prose .katex').first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();
  await expect(page).toHaveURL(/\/topics\/recurrent-neural-networks$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a search made once works again with the network off', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // This page is controlled by the service worker: the search files it fetches are cached.
  await page.goto('/search?q=GRU');
  const firstResult = page.getByRole('main').getByRole('list').first().getByRole('link').first();
  await expect(firstResult).toHaveAttribute('href', /^\/questions\//);
  const href = await firstResult.getAttribute('href');
  await context.setOffline(true);

  await page.goto('/search?q=GRU');
  await expect(page.getByText(/^\d+ results? for “GRU”/)).toBeVisible();
  await expect(firstResult).toHaveAttribute('href', href!);
});

test('the site is installable: a manifest with icons', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { icons: { src: string }[] };
  expect(manifest.icons.map((icon) => icon.src)).toEqual(['icons/icon-192.png', 'icons/icon-512.png']);
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).status()).toBe(200);
});
