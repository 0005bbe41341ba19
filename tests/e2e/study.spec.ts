import fs from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, gotoHydrated, recordLayoutShifts, test } from './fixtures';

const storageKey = 'deep-learning-topics:study';

/** Rates the question at `url` on its page and waits until the rating is recorded. */
async function rate(page: Page, url: string, rating: 'Again' | 'Hard' | 'Good' | 'Easy') {
  await page.goto(url);
  const panel = page.getByRole('region', { name: 'How well did you know this?' });
  await waitForStudyState(page);
  await panel.getByRole('button', { name: rating, exact: true }).click();
  await expect(panel.getByRole('status')).toContainText(`Rated ${rating}. Next review`);
}

/** Waits until a question page has hydrated and shows the saved status (clicks before that do nothing). */
async function waitForStudyState(page: Page) {
  await expect(page.locator('.study-panel .status__badge')).toBeVisible();
}

/** Makes every rated question due now, as if the learner came back later. */
async function makeEverythingDue(page: Page) {
  await page.evaluate((key) => {
    const state = JSON.parse(localStorage.getItem(key)!) as { cards: Record<string, { due: number }> };
    for (const card of Object.values(state.cards)) card.due = Date.now() - 60_000;
    localStorage.setItem(key, JSON.stringify(state));
  }, storageKey);
}

const overallProgress = /^(\d+) of (\d+) questions studied$/;

test.describe('studying along the path', () => {
  test('a rating is saved: after a reload the question, the path and the home page show it', async ({ page }) => {
    await rate(page, '/questions/what-are-autoencoders', 'Easy');
    await page.reload();
    const panel = page.getByRole('region', { name: 'How well did you know this?' });
    await expect(panel.locator('.status__badge')).toHaveText('Known');

    await page.getByRole('navigation', { name: 'Study' }).getByRole('link', { name: 'Study path' }).click();
    await expect(page.getByRole('progressbar', { name: overallProgress })).toHaveAccessibleName(
      /^1 of \d+ questions studied$/,
    );
    const topic = page.getByRole('region', { name: 'Autoencoders', exact: true });
    await expect(topic.getByRole('listitem').filter({ hasText: 'What are autoencoders?' })).toContainText('Known');

    await page.goto('/');
    const block = page.getByRole('region', { name: 'Continue' });
    await expect(block.getByRole('progressbar')).toHaveAccessibleName(/^1 of \d+ questions studied$/);
    await expect(block.getByText('Next new question')).toBeVisible();
  });

  test('a rating pressed before the app has started is recorded once it has, once', async ({ page }) => {
    // A slow connection: the app's code arrives a second after the page.
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto('/questions/what-are-autoencoders', { waitUntil: 'domcontentloaded' });
    const panel = page.getByRole('region', { name: 'How well did you know this?' });
    await panel.getByRole('button', { name: 'Good', exact: true }).click();
    await expect(panel.locator('.status__badge')).toHaveCount(0); // the app had not started
    await expect(panel.getByRole('status')).toContainText('Rated Good. Next review', { timeout: 15_000 });
    const reviews = await page.evaluate(
      (key) => (JSON.parse(localStorage.getItem(key)!) as { cards: Record<string, { reps: number }> }).cards,
      storageKey,
    );
    expect(reviews['what-are-autoencoders']?.reps).toBe(1);
  });

  test('Previous and Next follow the path, from one topic into the next', async ({ page }) => {
    await page.goto('/path');
    const links = page.locator('.path-topic').first().locator('.path-list a');
    const firstTopic = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    const secondTopicFirst = await page
      .locator('.path-topic')
      .nth(1)
      .locator('.path-list a')
      .first()
      .getAttribute('href');

    await page.goto(firstTopic[0]!);
    const pager = page.getByRole('navigation', { name: 'Study path' });
    await expect(pager.getByRole('link', { name: 'Previous', exact: true })).toHaveCount(0);
    await pager.getByRole('link', { name: 'Next', exact: true }).click();
    await expect(page).toHaveURL(firstTopic[1]!);
    await pager.getByRole('link', { name: 'Previous', exact: true }).click();
    await expect(page).toHaveURL(firstTopic[0]!);

    await page.goto(firstTopic.at(-1)!);
    await pager.getByRole('link', { name: 'Next', exact: true }).click();
    await expect(page).toHaveURL(secondTopicFirst!);
  });

  test('self-test mode hides the answer until "Reveal answer", also after a reload', async ({ page }) => {
    await page.goto('/questions/what-are-autoencoders');
    await waitForStudyState(page);
    await page.getByRole('checkbox', { name: 'Self-test: hide answers until I reveal them' }).check();
    // Saving waits for the store's code on a first visit: reload only once it is saved.
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key)?.includes('"selfTest":true'), storageKey))
      .toBe(true);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Reveal answer' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Short answer' })).toBeHidden();
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await expect(page.getByRole('region', { name: 'Short answer' })).toBeVisible();
  });
});

test.describe('the review page', () => {
  test('goes through the due questions: Space reveals, j/k move, 1–4 rate; then says what is next', async ({
    page,
  }) => {
    await rate(page, '/questions/what-are-autoencoders', 'Again');
    await rate(page, '/questions/autoencoder-bottleneck', 'Hard');
    await makeEverythingDue(page);
    // A full load: this tab's store does not see its own direct writes to localStorage.
    await page.goto('/review');

    const card = page.getByRole('region', { name: /\?$/ });
    await expect(page.getByText('Question 1 of 2')).toBeVisible();
    const first = await page.getByRole('heading', { level: 2 }).first().textContent();
    await page.keyboard.press('j');
    await expect(page.getByText('Question 2 of 2')).toBeVisible();
    await page.keyboard.press('k');
    await expect(page.getByRole('heading', { level: 2, name: first! })).toBeVisible();

    await page.keyboard.press(' ');
    await expect(
      card.getByRole('region', { name: 'Answer' }).getByRole('link', { name: 'Read the full answer' }),
    ).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByText('Question 1 of 1')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'comes back' })).toContainText(
      `Good: "${first!}" comes back`,
    );

    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await page.keyboard.press('4');
    await expect(page.getByRole('heading', { name: 'Done: 2 questions reviewed' })).toBeVisible();
    // The question first rated Again was relearning, so Good brings it back in minutes, not days.
    await expect(page.getByRole('region', { name: 'Done: 2 questions reviewed' })).toContainText(
      /The next review is due in 10 minutes \(.+\)\./,
    );
    const fresh = page.getByRole('heading', { name: 'New questions, in path order' });
    await expect(fresh).toBeVisible();

    await page.goto('/path');
    const firstNew = page.locator('.path-list li').filter({ hasText: 'New' }).first().getByRole('link');
    const firstNewTitle = await firstNew.textContent();
    await page.goto('/review');
    await expect(page.getByRole('heading', { name: 'Nothing is due right now' })).toBeVisible();
    await expect(page.locator('.review-done__new a').first()).toHaveText(firstNewTitle!);
  });
});

test.describe('your data', () => {
  test('export, clear, import: progress and notes come back; a bad file changes nothing', async ({ page }) => {
    await rate(page, '/questions/what-are-autoencoders', 'Easy');
    await page.getByRole('button', { name: 'Your notes' }).click();
    await page.getByRole('textbox', { name: 'Your notes on this question' }).fill('Bottleneck $z$');

    await page.goto('/path');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^deep-learning-topics-progress-\d{4}-\d\d-\d\d\.json$/);
    const exported = await fs.readFile(await download.path(), 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ version: 1, notes: { 'what-are-autoencoders': 'Bottleneck $z$' } });

    await page.evaluate(() => {
      localStorage.clear();
    });
    await page.reload();
    const progress = page.getByRole('progressbar', { name: overallProgress });
    await expect(progress).toHaveAccessibleName(/^0 of /);

    const input = page.getByLabel('Import progress');
    await input.setInputFiles({ name: 'holiday.json', mimeType: 'application/json', buffer: Buffer.from('{"x":1}') });
    await expect(page.getByRole('alert')).toHaveText(
      'holiday.json: This file is not a progress export of this site. Nothing was changed.',
    );
    await expect(progress).toHaveAccessibleName(/^0 of /);

    await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
      'Imported backup.json: 1 question with progress.',
    );
    await expect(progress).toHaveAccessibleName(/^1 of /);
    await page.goto('/questions/what-are-autoencoders');
    await waitForStudyState(page);
    await page.getByRole('button', { name: 'Your notes' }).click();
    await expect(page.getByRole('textbox', { name: 'Your notes on this question' })).toHaveValue('Bottleneck $z$');
  });

  test('notes load their renderer only when opened, render math, and show HTML as text', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/questions/what-are-autoencoders');
    await expect(
      page.getByRole('region', { name: 'How well did you know this?' }).locator('.status__badge'),
    ).toHaveText('New');
    expect(scripts.filter((url) => url.includes('NotesPanel'))).toEqual([]);

    await page.getByRole('button', { name: 'Your notes' }).click();
    await page
      .getByRole('textbox', { name: 'Your notes on this question' })
      .fill(
        'Gradient $\\nabla_\\theta L$ is **key**.\n\n<img src=x onerror="window.pwned = 1"><script>window.pwned = 2</script>',
      );
    const preview = page.getByRole('region', { name: 'Preview of your notes' });
    await expect(preview.locator('.katex').first()).toBeVisible();
    await expect(preview.locator('strong')).toHaveText('key');
    await expect(preview.locator('img, script')).toHaveCount(0);
    await expect(preview).toContainText('<img src=x onerror="window.pwned = 1">');
    expect(scripts.some((url) => url.includes('NotesPanel'))).toBe(true);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });

  test('saved progress of a question that no longer exists is dropped without error', async ({ page }) => {
    await rate(page, '/questions/what-are-autoencoders', 'Good');
    await page.evaluate((key) => {
      const state = JSON.parse(localStorage.getItem(key)!) as { cards: Record<string, unknown>; notes: object };
      state.cards['removed-question'] = state.cards['what-are-autoencoders'];
      state.notes = { 'removed-question': 'old note' };
      localStorage.setItem(key, JSON.stringify(state));
    }, storageKey);
    await page.goto('/path');
    await expect(page.getByRole('progressbar', { name: overallProgress })).toHaveAccessibleName(/^1 of /);
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), storageKey))
      .not.toContain('removed-question');
  });

  test('two open tabs stay in step', async ({ page, context }) => {
    const other = await context.newPage();
    await other.goto('/path');
    await expect(other.getByRole('progressbar', { name: overallProgress })).toHaveAccessibleName(/^0 of /);
    await rate(page, '/questions/what-are-autoencoders', 'Easy');
    await expect(other.getByRole('progressbar', { name: overallProgress })).toHaveAccessibleName(/^1 of /);
  });
});

test.describe('when storage fails', () => {
  test('with localStorage throwing, pages work in memory and say so once', async ({ page }) => {
    await page.addInitScript(() => {
      for (const method of ['getItem', 'setItem', 'removeItem', 'clear'] as const) {
        Storage.prototype[method] = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      }
    });
    await rate(page, '/questions/what-are-autoencoders', 'Easy');
    const notice = page.getByRole('status').filter({ hasText: 'does not let the site save data' });
    await expect(notice).toHaveCount(1);

    await page.getByRole('navigation', { name: 'Study' }).getByRole('link', { name: 'Study path' }).click();
    await expect(page.getByRole('progressbar', { name: overallProgress })).toHaveAccessibleName(/^1 of /);
    await expect(notice).toHaveCount(1);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);

    await page.getByRole('navigation', { name: 'Study' }).getByRole('link', { name: 'Review' }).click();
    await expect(page.getByRole('heading', { name: 'Nothing is due right now' })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test('unreadable saved data does not break the page and is never overwritten', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((key) => {
      localStorage.setItem(key, '{"version":1,"cards":{');
    }, storageKey);
    await rate(page, '/questions/what-are-autoencoders', 'Good');
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBe('{"version":1,"cards":{');
  });
});

/** WCAG A/AA violations on the page (or in `selector`), as `rule: targets`. */
async function axeViolations(page: Page, selector?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const results = await (selector ? builder.include(selector) : builder).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`with progress (${colorScheme}), the rating panel, notes, map and review card have no axe violations`, async ({
    page,
  }) => {
    test.setTimeout(90_000); // axe over the long study path page takes a while
    await page.emulateMedia({ colorScheme });
    await rate(page, '/questions/autoencoder-bottleneck', 'Easy');
    await rate(page, '/questions/what-are-autoencoders', 'Again');
    await page.getByRole('button', { name: 'Your notes' }).click();
    await page.getByRole('textbox', { name: 'Your notes on this question' }).fill('A note with $x^2$.');
    await expect(page.locator('.notes-panel .katex').first()).toBeVisible();
    expect(await axeViolations(page, '.study-panel')).toEqual([]);

    await page.goto('/path');
    await expect(page.locator('.map-node--known')).toHaveCount(1);
    await page.getByText('Every prerequisite, as a list').click();
    expect(await axeViolations(page)).toEqual([]);

    await makeEverythingDue(page);
    await page.goto('/review');
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await expect(page.getByRole('link', { name: 'Read the full answer' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("a new learner's home page: the next step is there before the app starts, and nothing moves when it does", async ({
  page,
  browser,
}) => {
  const path = (await (await page.request.get('/data/path.json')).json()) as {
    topics: { questions: { title: string }[] }[];
  };
  const first = path.topics[0]!.questions[0]!.title;
  const total = path.topics.reduce((sum, topic) => sum + topic.questions.length, 0);

  const withoutScript = await browser.newContext({ javaScriptEnabled: false });
  const prerendered = await withoutScript.newPage();
  await prerendered.goto('/');
  const block = prerendered.getByRole('region', { name: 'Continue' });
  await expect(block.getByRole('link', { name: first })).toBeVisible();
  await expect(block.getByRole('progressbar', { name: `0 of ${total} questions studied` })).toBeVisible();
  await withoutScript.close();

  const layoutShifts = await recordLayoutShifts(page);
  const pathRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/data/path.json')) pathRequests.push(request.url());
  });
  await gotoHydrated(page, '/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('region', { name: 'Continue' }).getByRole('link', { name: first })).toBeVisible();
  expect(await layoutShifts()).toEqual([]);
  // With nothing saved, the next step is the path's first question: the path itself is not needed.
  expect(pathRequests).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the study path lists every question, and a question links its neighbours', async ({ page }) => {
    await page.goto('/path');
    await expect(page.getByRole('heading', { level: 1, name: 'Study path' })).toBeVisible();
    expect(await page.locator('.path-list a').count()).toBeGreaterThan(20);
    await page.goto('/questions/what-are-autoencoders');
    await expect(
      page.getByRole('navigation', { name: 'Study path' }).getByRole('link', { name: 'Next', exact: true }),
    ).toBeVisible();
  });
});
