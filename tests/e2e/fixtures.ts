import { test as base, expect, type Page } from '@playwright/test';

/** A page that fails the test on any console error or uncaught exception (hydration mismatches included). */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => {
        errors.push(error.message);
      });
      await provide(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Opens `url` and waits until the app has hydrated the page (the header's search field becomes a
 * combobox then). Before that, a hover or a tap does nothing and a link loads a whole new page.
 */
export async function gotoHydrated(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
}

/** The browser logs the 404 status of the page (and of its data) as an error; that status is what we want here. */
export function ignoreNotFoundResponses(consoleErrors: string[]) {
  const others = consoleErrors.filter((error) => !error.includes('status of 404'));
  consoleErrors.splice(0, consoleErrors.length, ...others);
}
