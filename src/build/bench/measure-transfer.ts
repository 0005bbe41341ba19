import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './chromium';

/** Bytes by kind; `ownJs` is the part of `js` that is not the React + router chunk (`react-*.js`). */
export type Transfer = Record<'html' | 'js' | 'ownJs' | 'css' | 'data' | 'font' | 'other' | 'total', number>;

const kindOf = (pathname: string): Exclude<keyof Transfer, 'ownJs' | 'total'> =>
  pathname.endsWith('.woff2')
    ? 'font'
    : pathname.endsWith('.js')
      ? 'js'
      : pathname.endsWith('.css')
        ? 'css'
        : pathname.endsWith('.json')
          ? 'data'
          : /\.(svg|png|webmanifest)$/.test(pathname)
            ? 'other'
            : 'html';

/**
 * Starts counting what `page` downloads, by kind: gzip for text (as a static host sends it), raw
 * for woff2. Call the returned function after the visit to get the totals.
 */
export function recordTransfer(page: Page): () => Promise<Transfer> {
  const transfer: Transfer = { html: 0, js: 0, ownJs: 0, css: 0, data: 0, font: 0, other: 0, total: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const { pathname } = new URL(response.url());
          const kind = kindOf(pathname);
          const size = kind === 'font' ? body.length : gzipSync(body).length;
          transfer[kind] += size;
          if (kind === 'js' && !/\/react-[\w-]+\.js$/.test(pathname)) transfer.ownJs += size;
          transfer.total += size;
        },
        () => undefined,
      ),
    );
  });
  return async () => {
    await Promise.all(pending);
    return transfer;
  };
}

/** Bytes of a first visit of each URL in a fresh browser (see `recordTransfer`). */
export async function measureTransfer(urls: string[]): Promise<Map<string, Transfer>> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
  const results = new Map<string, Transfer>();
  try {
    for (const url of urls) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const finish = recordTransfer(page);
      await page.goto(url, { waitUntil: 'networkidle' });
      results.set(url, await finish());
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
