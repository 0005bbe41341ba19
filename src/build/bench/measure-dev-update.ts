import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './chromium';

/**
 * Starts the dev server on a content folder, opens a question, edits its title on disk, and
 * returns the milliseconds until the new title is on screen (median of `runs` edits).
 */
export async function measureDevUpdate(contentDir: string, slug: string, port: number, runs = 5): Promise<number> {
  const server = spawn('npx', ['vite', '--configLoader', 'runner', '--port', String(port), '--strictPort'], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    stdio: ['ignore', 'pipe', 'inherit'],
    // Its own process group, so that stopping it stops Vite too, not only npx.
    detached: true,
  });
  const listening = new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Local:')) resolve();
    });
    server.on('close', (code) => {
      reject(new Error(`dev server exited with ${code}`));
    });
  });
  const file = path.join(contentDir, 'questions', `${slug}.md`);
  const original = await fs.readFile(file, 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
  try {
    await listening;
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/questions/${slug}`);
    // The first load waits for the first compile of the whole site.
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 180_000 });
    const times: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const title = `Edited title number ${run}`;
      const started = performance.now();
      await fs.writeFile(file, original.replace(/^title: .*$/m, `title: ${title}`));
      // Checked every frame: a locator's retries back off to 500 ms, which would be measured too.
      await page.waitForFunction((text) => document.querySelector('h1')?.textContent.includes(text), title, {
        polling: 'raf',
        timeout: 30_000,
      });
      times.push(performance.now() - started);
    }
    return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  } finally {
    await fs.writeFile(file, original);
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
