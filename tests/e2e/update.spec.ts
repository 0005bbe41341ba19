import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveSite } from '../../src/build/bench/serve';
import { expect, test } from './fixtures';

// A copy of the built site on its own server, so the test can publish a "new version" of it.
const port = Number(process.env.E2E_PORT ?? 4317) + 100;
const origin = `http://localhost:${port}`;
let siteDir: string;
let server: { stop: () => void } | undefined;

/** (Re)starts the static server: it reads the folder's files when it starts, as a deploy would. */
async function serve() {
  await stop();
  server = await serveSite(siteDir, port);
}

async function stop() {
  if (!server) return;
  server.stop();
  server = undefined;
  // Until the old server has let go of the port, a request could still reach it.
  await expect(async () => {
    await expect(fetch(origin)).rejects.toThrow();
  }).toPass({ timeout: 10_000 });
}

test.beforeAll(async () => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlt-update-'));
  fs.cpSync(process.env.E2E_DIST ?? 'dist', siteDir, { recursive: true });
  await serve();
});

test.afterAll(async () => {
  await stop();
  fs.rmSync(siteDir, { recursive: true, force: true });
});

test('a new version of the site is announced, and "Reload" switches to it', async ({ page }) => {
  await page.goto(`${origin}/questions/elbo`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // From the second page on, the installed worker controls the page.
  await page.goto(`${origin}/questions/lstm-components`);
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect(page.getByText('New content available.')).toBeHidden();

  // The host publishes a new build: a changed service worker (its precompressed copy too).
  const worker = path.join(siteDir, 'sw.js');
  fs.appendFileSync(worker, '\n// the next version\n');
  fs.writeFileSync(`${worker}.gz`, gzipSync(fs.readFileSync(worker)));
  await serve();
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

  await expect(page.getByText('New content available.')).toBeVisible({ timeout: 20_000 });
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('New content available.')).toBeHidden();
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
  ).toBeNull();
});
