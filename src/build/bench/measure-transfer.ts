import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './chromium';

export type Transfer = Record<'html' | 'js' | 'css' | 'data' | 'font' | 'other' | 'total', number>;

const kindOf = (pathname: string): keyof Transfer =>
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

/** Bytes of a first visit of each URL in a fresh browser: gzip for text, as sent by a static host; raw woff2. */
export async function measureTransfer(urls: string[]): Promise<Map<string, Transfer>> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
  const results = new Map<string, Transfer>();
  try {
    for (const url of urls) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const transfer: Transfer = { html: 0, js: 0, css: 0, data: 0, font: 0, other: 0, total: 0 };
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        pending.push(
          response.body().then(
            (body) => {
              const kind = kindOf(new URL(response.url()).pathname);
              const size = kind === 'font' ? body.length : gzipSync(body).length;
              transfer[kind] += size;
              transfer.total += size;
            },
            () => undefined,
          ),
        );
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      results.set(url, transfer);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
