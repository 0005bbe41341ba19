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
  });
  const file = path.join(contentDir, 'questions', `${slug}.md`);
  const original = await fs.readFile(file, 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Local:')) resolve();
      });
      server.on('close', (code) => {
        reject(new Error(`dev server exited with ${code}`));
      });
    });
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/questions/${slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const times: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const title = `Edited title number ${run}`;
      const started = performance.now();
      await fs.writeFile(file, original.replace(/^title: .*$/m, `title: ${title}`));
      await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
      times.push(performance.now() - started);
    }
    return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  } finally {
    await fs.writeFile(file, original);
    await browser.close();
    server.kill();
  }
}
