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
export async function gotoHydrated(page: Page, url: string, options?: Parameters<Page['goto']>[1]) {
  await page.goto(url, options);
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
}

/**
 * Records every layout shift of the pages `page` opens from now on, from the first paint. Returns
 * a function that reads the shifts (each entry's value) of the page open at the time.
 */
export async function recordLayoutShifts(page: Page): Promise<() => Promise<number[]>> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
}

/** The browser logs the 404 status of the page (and of its data) as an error; that status is what we want here. */
export function ignoreNotFoundResponses(consoleErrors: string[]) {
  const others = consoleErrors.filter((error) => !error.includes('status of 404'));
  consoleErrors.splice(0, consoleErrors.length, ...others);
}
