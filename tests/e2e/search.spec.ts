import AxeBuilder from '@axe-core/playwright';
import type { Page, Response } from '@playwright/test';
import type { SearchManifest } from '../../src/shared/search/search-data';
import { expect, test } from './fixtures';

/** The header's search field, once the page has hydrated (the combobox role is added then). */
async function searchField(page: Page) {
  const field = page.getByRole('combobox', { name: 'Search' });
  await expect(field).toBeVisible();
  return field;
}

const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

test.describe('searching from the header', () => {
  test('"/" focuses the field; ArrowDown + Enter opens the right section, highlighted', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/');
    const field = await searchField(page);
    // Nothing of search is loaded before it is used: not the index, not MiniSearch.
    expect(requests.filter((url) => /\/data\/search-|search-engine/.test(url))).toEqual([]);

    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await field.pressSequentially('layer normalisation');
    await expect(results(page).first()).toContainText('Layer normalisation');
    expect(requests).toContain('/data/search-manifest.json');
    expect(requests.some((url) => /\/assets\/search-engine-.*\.js$/.test(url))).toBe(true);

    await page.keyboard.press('ArrowDown');
    await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
    await expect(field).toHaveAttribute('aria-activedescendant', (await results(page).first().getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/questions/residuals-and-layer-norm#layer-normalisation');
    const heading = page.locator('[id="layer-normalisation"]');
    await expect(heading).toContainText('Layer normalisation');
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(heading).toHaveClass(/search-target/);
    await expect(heading).not.toHaveClass(/search-target/, { timeout: 6000 }); // briefly
  });

  test('the first query downloads a few small search files, not the whole index', async ({ page }) => {
    const responses: Response[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/data/search-')) responses.push(response);
    });
    await page.goto('/');
    const field = await searchField(page);
    await field.click();
    await field.pressSequentially('variational autoencodr');
    await expect(results(page).first()).toContainText('autoencoder', { ignoreCase: true });
    await expect(results(page)).toHaveCount(9); // 8 results and "See all"

    const manifest = (await (await page.request.get('/data/search-manifest.json')).json()) as SearchManifest;
    const files = manifest.termShards.length + manifest.documentShards.length + manifest.formulaShards + 2;
    expect(responses.length).toBeLessThan(files / 5);
    // What went over the wire (gzip), manifest included.
    const sizes = await Promise.all(
      responses.map(async (response) => (await response.request().sizes()).responseBodySize),
    );
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThan(150 * 1024);
  });

  test('Ctrl+K focuses the field from anywhere; Escape closes the list', async ({ page }) => {
    await page.goto('/topics/transformers');
    const field = await searchField(page);
    await page.keyboard.press('Control+k');
    await expect(field).toBeFocused();
    await field.pressSequentially('MHSA');
    await expect(results(page).first()).toContainText('multi-head self-attention', { ignoreCase: true });
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(field).toHaveAttribute('aria-expanded', 'false');
    await expect(results(page)).toHaveCount(0);
    await expect(field).toHaveValue('MHSA');
  });

  test('a result matched inside a formula shows the formula rendered, and the popup passes axe', async ({ page }) => {
    await page.goto('/');
    const field = await searchField(page);
    await field.click();
    await field.pressSequentially('sqrt d_k');
    const first = results(page).first();
    await expect(first).toContainText('Why is attention scaled by the square root of d_k?');
    await expect(first.locator('.search-hit__formula .katex')).toBeVisible();
    await expect(first.locator('mark').first()).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('.search-box').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations).toEqual([]);
  });

  test('Enter without choosing an option opens the results page', async ({ page }) => {
    await page.goto('/');
    const field = await searchField(page);
    await field.click();
    await field.pressSequentially('autoencodr');
    await expect(results(page).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search?q=autoencodr');
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('autoencoder', {
      ignoreCase: true,
    });
  });
});

test.describe('the results page', () => {
  test('lists results in rank order as links and survives a reload', async ({ page }) => {
    await page.goto('/search?q=KL');
    const list = page.getByRole('main').getByRole('list').first();
    await expect(page.getByText(/^\d+ results for “KL”/)).toBeVisible();
    const firstLink = list.getByRole('link').first();
    await expect(firstLink).toHaveAttribute('href', '/questions/kl-divergence-in-vaes');
    expect(await list.getByRole('link').count()).toBeGreaterThan(8);
    await expect(page).toHaveTitle('Search: KL · Deep Learning Topics');
    await page.reload();
    await expect(list.getByRole('link').first()).toHaveAttribute('href', '/questions/kl-divergence-in-vaes');
    await expect(await searchField(page)).toHaveValue('KL');

    await list.getByRole('link').nth(1).click();
    await expect(page).toHaveURL(/\/questions\//);
  });

  test('no results: says so, suggests the closest terms, offers the topics', async ({ page }) => {
    await page.goto('/search?q=lstn%20gatez');
    await expect(page.getByText('No results for “lstn gatez”.')).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: /LSTM/ }).first()).toHaveAttribute('href', /^\/search\?q=LSTM/);
    await expect(main.getByRole('link', { name: 'Autoencoders', exact: true })).toHaveAttribute(
      'href',
      '/topics/autoencoders',
    );
  });
});

test.describe('hostile input', () => {
  const inputs = [
    '(.*+?[\\',
    '<script>alert(1)</script>',
    'x'.repeat(5000),
    '🙂🤖🙂',
    '!!!???',
    '__proto__',
    'constructor',
  ];

  test('gives results or a clean "no results" in the field', async ({ page }) => {
    await page.goto('/');
    const field = await searchField(page);
    await field.click();
    for (const input of inputs) {
      await field.fill(input);
      await expect(page.locator('.search-box__popup')).toBeVisible();
      await expect(page.locator('.search-box__popup')).toContainText(/No results|See all \d+ results/);
    }
    // The page still responds.
    await field.fill('GRU');
    await expect(results(page).first()).toContainText('GRU');
  });

  test('gives results or a clean "no results" on the results page', async ({ page }) => {
    for (const input of inputs) {
      await page.goto(`/search?q=${encodeURIComponent(input)}`);
      await expect(page.getByText(/No results for|\d+ results? for/)).toBeVisible();
    }
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the opened section is highlighted without animation', async ({ page }) => {
    await page.goto('/');
    const field = await searchField(page);
    await field.click();
    await field.pressSequentially('layer normalisation');
    await expect(results(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // Read while highlighted (it lasts 3 s): on a loaded machine, a later read can find it over.
    const highlight = await page.waitForFunction(() => {
      const heading = document.getElementById('layer-normalisation');
      if (!heading?.classList.contains('search-target')) return false;
      const { animationName, backgroundColor } = getComputedStyle(heading);
      return backgroundColor !== 'rgba(0, 0, 0, 0)' && animationName;
    });
    expect(await highlight.jsonValue()).toBe('none');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the field is a form that opens the results page', async ({ page }) => {
    await page.goto('/questions/elbo');
    const field = page.getByRole('searchbox', { name: 'Search' });
    await field.fill('ELBO');
    await field.press('Enter');
    await expect(page).toHaveURL('/search?q=ELBO');
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(
      page.getByText('Without JavaScript, every page is listed under its topic', { exact: false }),
    ).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Autoencoders', exact: true })).toBeVisible();
  });
});
