import { expect, gotoHydrated, ignoreNotFoundResponses, test } from './fixtures';

test.describe('reading the site', () => {
  test('home lists the topics with summaries and question counts', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Deep Learning Topics');
    await expect(page.getByRole('heading', { level: 1, name: 'Deep Learning Topics' })).toBeVisible();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Autoencoders', exact: true }) })
      .last();
    await expect(card).toContainText(/\d+ questions/);
  });

  test('a topic shows math, a table of contents and its questions; a question opens without a reload', async ({
    page,
  }) => {
    await gotoHydrated(page, '/');
    await page.getByRole('main').getByRole('link', { name: 'Autoencoders', exact: true }).click();
    await expect(page).toHaveURL('/topics/autoencoders');
    await expect(page.getByRole('heading', { level: 1, name: 'Autoencoders' })).toBeVisible();
    await expect(page.locator('.prose .katex').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();

    // A marker on window survives client-side navigation but not a full page load.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const questions = page.getByRole('region', { name: 'Questions' });
    const firstQuestion = questions.getByRole('link').first();
    const title = (await firstQuestion.textContent())!;
    await firstQuestion.click();
    await expect(page).toHaveURL(/\/questions\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveTitle(`${title} · Deep Learning Topics`);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await expect(page.getByRole('region', { name: 'Short answer' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Autoencoders' }),
    ).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL('/topics/autoencoders');
    await expect(page.getByRole('heading', { level: 1, name: 'Autoencoders' })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  test('a deep link to a question renders and hydrates without errors', async ({ page }) => {
    // The page reads before the app starts; a link clicked then loads a whole new page.
    await gotoHydrated(page, '/questions/what-are-autoencoders');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What are autoencoders?');
    // Once hydrated, links inside the compiled answer navigate client-side.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const followUp = page.getByRole('region', { name: 'Follow-up questions' }).getByRole('link').first();
    await followUp.click();
    await expect(page).toHaveURL(/\/questions\//);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });

  test('the topic menu opens and navigates', async ({ page }) => {
    await page.goto('/');
    const menu = page.getByRole('navigation', { name: 'Topics' });
    await menu.getByText('Topics').click();
    await menu.getByRole('link', { name: 'Autoencoders', exact: true }).click();
    await expect(page).toHaveURL('/topics/autoencoders');
    await expect(menu.getByRole('link', { name: 'Autoencoders', exact: true })).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a question page reads fully: title, short answer, formulas, links', async ({ page }) => {
    await page.goto('/questions/what-are-autoencoders');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What are autoencoders?');
    await expect(page.getByRole('region', { name: 'Short answer' })).not.toBeEmpty();
    await expect(page.locator('.prose .katex').first()).toBeVisible();
    await expect(page.locator('.prose math').first()).toBeAttached();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Autoencoders' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Autoencoders' })).toBeVisible();
  });
});

test.describe('an unknown address', () => {
  test('answers 404 with a helpful page', async ({ page, consoleErrors }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    await page.getByRole('main').getByRole('link', { name: 'Autoencoders', exact: true }).click();
    await expect(page).toHaveURL('/topics/autoencoders');
    ignoreNotFoundResponses(consoleErrors);
  });

  test('a page whose data cannot be fetched says so, without fetching again and again', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/topics/autoencoders');
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
    let attempts = 0;
    await page.route('**/data/questions/*.json', async (route) => {
      attempts++;
      await route.abort('internetdisconnected');
    });
    await page
      .getByRole('main')
      .getByRole('link', { name: 'What are the applications of autoencoders?' })
      .first()
      .click();
    await expect(page.getByRole('alert')).toContainText('This page could not be loaded');
    await expect(page).toHaveTitle(/^This page could not be loaded · /);
    await page.waitForTimeout(500);
    expect(attempts).toBeLessThanOrEqual(2);
    consoleErrors.splice(
      0,
      consoleErrors.length,
      ...consoleErrors.filter((error) => !/ERR_INTERNET|Failed to fetch/.test(error)),
    );
  });

  test('an unknown question slug also shows the not-found page', async ({ page, consoleErrors }) => {
    const response = await page.goto('/questions/no-such-question');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    ignoreNotFoundResponses(consoleErrors);
  });
});
