import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * e2e runs in Chromium against the production build in dist/ (or E2E_DIST), served as a static host would.
 * Browser: CHROME_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own Chromium.
 */
const systemChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROME_PATH || (fs.existsSync(systemChromium) ? systemChromium : undefined);
const port = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
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
    env: { PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
