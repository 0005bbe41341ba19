import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveSite } from '../../src/build/bench/serve';
import { generateServiceWorker } from '../../src/build/offline/generate-service-worker';
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

test('the site is installable: the loaded page links a manifest with icons', async ({ page, request }) => {
  await page.goto('/questions/elbo');
  // Linked once the page has loaded, not in the HTML (see link-web-manifest.ts).
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = (await (await request.get(href!)).json()) as { icons: { src: string }[] };
  expect(manifest.icons.map((icon) => icon.src)).toEqual(['icons/icon-192.png', 'icons/icon-512.png']);
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).status()).toBe(200);
});

test.describe('a site too large to precache every page', () => {
  // A copy of the built site whose service worker precaches no page's data, on its own server.
  const port = Number(process.env.E2E_PORT ?? 4317) + 200;
  const origin = `http://localhost:${port}`;
  let siteDir: string;
  let server: { stop: () => void } | undefined;

  test.beforeAll(async () => {
    // Bundling a service worker takes a few seconds, more while other tests keep the machine busy.
    test.setTimeout(120_000);
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlt-offline-'));
    fs.cpSync(process.env.E2E_DIST ?? 'dist', siteDir, { recursive: true });
    await generateServiceWorker({ distDir: siteDir, base: '/', budget: { gzipBytes: 0, pages: 0 } });
    const worker = path.join(siteDir, 'sw.js');
    fs.writeFileSync(`${worker}.gz`, gzipSync(fs.readFileSync(worker)));
    server = await serveSite(siteDir, port);
  });

  test.afterAll(() => {
    server?.stop();
    fs.rmSync(siteDir, { recursive: true, force: true });
  });

  test('the pages a reader opened open again with the network off, from the very first one', async ({
    page,
    context,
  }) => {
    await page.goto(`${origin}/questions/elbo`);
    // The first worker takes the open page over, then caches this page's data, which came inside its HTML.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const isCached = (url: string) =>
      page.evaluate(async (url) => Boolean(await caches.match(url, { ignoreSearch: true })), url);
    await expect.poll(() => isCached('/data/questions/elbo.json')).toBe(true);
    expect(await isCached('/data/questions/gru-vs-lstm.json')).toBe(false);
    // Opened in the app, through the worker.
    await page
      .getByRole('link', { name: 'What is the reparametrization trick and why is it important?' })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/reparametrization trick/i);
    await expect.poll(() => isCached('/data/questions/reparametrization-trick.json')).toBe(true);
    await context.setOffline(true);

    await page.goto(`${origin}/questions/reparametrization-trick`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/reparametrization trick/i);
    await page.goto(`${origin}/questions/elbo`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/what is the ELBO/i);
    await expect(page.locator('.prose .katex').first()).toBeVisible();
  });
});
