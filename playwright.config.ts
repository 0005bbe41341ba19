import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * e2e runs in Chromium against the production build in dist/ (or E2E_DIST), served as a static host would.
 * Browser: CHROME_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own Chromium.
 */
const systemChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROME_PATH || (fs.existsSync(systemChromium) ? systemChromium : undefined);
const port = Number(process.env.E2E_PORT ?? 4317);
// With E2E_BASE (e.g. /deep-learning-topics/) only the sub-path spec runs, against a build made with that BASE_PATH.
const base = process.env.E2E_BASE;

export default defineConfig({
  testDir: 'tests/e2e',
  ...(base ? { testMatch: 'subpath.spec.ts' } : { testIgnore: 'subpath.spec.ts' }),
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}${base ?? ''}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `tsx src/build/cli/serve-static.ts ${process.env.E2E_DIST ?? 'dist'}`,
    env: { PORT: String(port), BASE_PATH: base ?? '/' },
    url: `http://localhost:${port}${base ?? '/'}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
