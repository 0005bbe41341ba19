import AxeBuilder from '@axe-core/playwright';
import { expect, gotoHydrated, test } from './fixtures';

test.describe('reading a page', () => {
  test('hovering a link to another question previews it; the link still navigates', async ({ page }) => {
    await gotoHydrated(page, '/questions/gans-vs-vaes');
    const link = page.locator('.prose a[href="/questions/elbo"]').first();
    await link.hover();
    const card = page.getByRole('tooltip');
    await expect(card).toBeVisible();
    await expect(card).toContainText('What is the ELBO');
    await expect(card).toContainText('Variational autoencoders');
    await expect(link).toHaveAttribute('aria-describedby', 'link-preview');
    await link.click();
    await expect(page).toHaveURL('/questions/elbo');
    await expect(page.getByRole('tooltip')).toBeHidden();
  });

  test('focusing a glossary term shows its definition, Escape hides it', async ({ page }) => {
    await gotoHydrated(page, '/questions/gans-vs-vaes');
    const term = page.locator('.prose .gloss-term').first();
    const tooltipId = await term.getAttribute('aria-describedby');
    await term.focus();
    const tooltip = page.locator(`[id="${tooltipId}"]`);
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveRole('tooltip');
    await expect(tooltip).not.toBeEmpty();
    const results = await new AxeBuilder({ page }).include('.gloss-tips').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(term).toBeFocused();
  });

  test('an equation reference jumps to the numbered equation, and previews it', async ({ page }) => {
    await gotoHydrated(page, '/questions/elbo');
    const reference = page.locator('.prose a.eq-ref').first();
    await expect(reference).toHaveText(/^\(\d\)$/);
    await reference.hover();
    await expect(page.getByRole('tooltip')).toContainText('Equation on this page');
    const id = (await reference.getAttribute('href'))!.slice(1);
    await reference.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    const equation = page.locator(`[id="${id}"]`);
    await expect(equation).toBeInViewport();
    await expect(equation).toHaveClass(/is-target/);
    await expect(equation.locator('.tag')).toHaveText(await reference.innerText());
  });

  test('a contents link brings its section to the top, and the page does not move after', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/questions/elbo');
    const heading = page.getByRole('heading', { name: 'Common mistakes' });
    const top = () => heading.evaluate((element) => element.getBoundingClientRect().top);
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Common mistakes' }).click();
    await expect(page).toHaveURL(/#common-mistakes$/);
    await expect.poll(top).toBeLessThan(40);
    const landed = await top();
    await page.waitForTimeout(500);
    expect(await top()).toBe(landed);
  });

  test('a page ends with the pages that refer to it, and copies a heading link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/questions/elbo');
    const backlinks = page.getByRole('region', { name: 'Referenced by' });
    await expect(backlinks.getByRole('link').first()).toBeVisible();
    await expect(page.getByText(/\d+ min read/)).toBeVisible();

    const heading = page.getByRole('heading', { name: 'Worked example' });
    await heading.hover();
    await heading.getByRole('link', { name: 'Link to this section' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('Link to “Worked example” copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/questions\/elbo#worked-example$/);
    await expect(page).toHaveURL(/#worked-example$/);
  });

  test('printing hides the navigation and keeps the formulas', async ({ page }) => {
    await page.goto('/topics/variational-autoencoders');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect(page.locator('.prose .katex-display').first()).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.site-header')).toBeVisible();
  });
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  // Before the fix these two pages put 5 full stops, commas or brackets alone at a line's start.
  for (const url of ['/questions/kl-divergence-in-vaes', '/topics/autoencoders']) {
    test(`${url}: punctuation after an inline formula stays on the formula's line`, async ({ page }) => {
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready);
      const pairs = await page.evaluate(() => {
        const found: { text: string; alone: boolean }[] = [];
        for (const formula of document.querySelectorAll('main .katex:not(.katex-display .katex)')) {
          const next = formula.nextSibling;
          const last = [...formula.querySelectorAll(':scope > .katex-html > .base')].at(-1);
          const mark = next?.nodeType === Node.TEXT_NODE ? /^[.,;:!?)]/.exec(next.textContent ?? '')?.[0] : undefined;
          if (!next || !mark || !last) continue;
          if (formula.getBoundingClientRect().width === 0) continue; // hidden, e.g. a glossary definition
          const range = document.createRange();
          range.setStart(next, 0);
          range.setEnd(next, 1);
          const punctuation = range.getBoundingClientRect();
          const base = last.getBoundingClientRect();
          const alone = punctuation.top > base.bottom - 2 || punctuation.left < base.left;
          found.push({ text: `${formula.querySelector('math')?.textContent ?? ''}${mark}`, alone });
        }
        return found;
      });
      expect(pairs.length).toBeGreaterThan(10);
      expect(pairs.filter((pair) => pair.alone).map((pair) => pair.text)).toEqual([]);
    });
  }
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 740 } });

  test('tapping a glossary term shows its definition, tapping elsewhere hides it', async ({ page }) => {
    await gotoHydrated(page, '/questions/gans-vs-vaes');
    const term = page.locator('.prose .gloss-term').first();
    const tooltip = page.locator(`[id="${(await term.getAttribute('aria-describedby'))!}"]`);
    await term.tap();
    await expect(tooltip).toBeVisible();
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(tooltip).toBeHidden();
  });
});

test.describe('the glossary and notation pages', () => {
  test('the glossary lists the terms with definitions and where they are explained', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Glossary' }).click();
    await expect(page).toHaveURL('/glossary');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    const elbo = page.locator('[id="elbo"]');
    await expect(elbo).toContainText('A lower bound on');
    await elbo.getByRole('link').first().click();
    await expect(page).toHaveURL('/questions/elbo');
  });

  test('the notation page renders every symbol and links to its first use, without JavaScript too', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/notation');
    const kl = page.getByRole('row').filter({ hasText: 'Macro \\KL' });
    await expect(kl.getByRole('rowheader').locator('.katex')).toBeVisible();
    await expect(kl.getByRole('link')).toHaveAttribute('href', /^\/(topics|questions)\//);
    await context.close();
  });
});
