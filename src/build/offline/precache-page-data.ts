import fs from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ManifestEntry, ManifestTransform } from 'workbox-build';
import { studyPathDataUrl, type StudyPathData } from '../../shared/study-path';

/**
 * How much page data the service worker downloads in advance, on a first visit. Both limits are
 * fixed, so neither that download nor `sw.js` (which lists every precached file) grows with the site.
 */
export interface PrecacheBudget {
  /** Page data and link previews, in gzip bytes: what the host sends. */
  gzipBytes: number;
  /** Pages, each its data file and its preview: about 170 bytes of `sw.js` each (50 gzip). */
  pages: number;
}

/**
 * The real content's 71 pages weigh 0.71 MB (gzip, previews included): all of them fit, with room
 * to double. 1.5 MB is ten times a question page's whole first visit (150 KB, budgets.spec.ts).
 * 250 pages keep `sw.js` under 80 KB (25 KB gzip), however many pages the site has.
 */
export const defaultPrecacheBudget: PrecacheBudget = { gzipBytes: 1_500_000, pages: 250 };

/** A file of the precache manifest, as Workbox's manifest transforms see it. */
type SizedEntry = ManifestEntry & { size: number };

/** A page's files in the manifest, and what they weigh on the wire. */
export interface PageFiles {
  /** `questions/elbo` */
  page: string;
  entries: SizedEntry[];
  gzipBytes: () => Promise<number>;
}

/** The page a per-page data file belongs to (`data/previews/questions/elbo.json` → `questions/elbo`). */
export function pageOfDataFile(file: string): string | undefined {
  return /^data\/(?:previews\/)?((?:topics|questions)\/[a-z0-9-]+)\.json$/.exec(file)?.[1];
}

/** The pages in study-path order: each topic, then its questions. */
export function studyPathPages(studyPath: StudyPathData): string[] {
  return studyPath.topics.flatMap((topic) => [
    `topics/${topic.slug}`,
    ...topic.questions.map((question) => `questions/${question.slug}`),
  ]);
}

/** The longest run of `pages`, from the first, that stays within the budget. */
export async function takePagesWithinBudget(pages: PageFiles[], budget: PrecacheBudget): Promise<PageFiles[]> {
  const taken: PageFiles[] = [];
  let bytes = 0;
  for (const page of pages.slice(0, budget.pages)) {
    bytes += await page.gzipBytes();
    if (bytes > budget.gzipBytes) break;
    taken.push(page);
  }
  return taken;
}

/**
 * A Workbox manifest transform that keeps every site-wide file and, of the per-page data files
 * (`data/topics`, `data/questions` and their previews), only the earliest pages of the study path
 * within `budget`. Pages off the path (none, when the path is complete) come last, by name.
 */
export function precacheEarliestPages(options: {
  distDir: string;
  base: string;
  budget: PrecacheBudget;
}): ManifestTransform {
  const { distDir, base, budget } = options;
  return async (manifest) => {
    const siteWide: SizedEntry[] = [];
    const byPage = new Map<string, SizedEntry[]>();
    for (const entry of manifest) {
      // Workbox has already prefixed the URLs with the base.
      const page = pageOfDataFile(entry.url.slice(base.length));
      if (page) byPage.set(page, [...(byPage.get(page) ?? []), entry]);
      else siteWide.push(entry);
    }
    const studyPath = JSON.parse(await fs.readFile(path.join(distDir, studyPathDataUrl), 'utf8')) as StudyPathData;
    const rank = new Map(studyPathPages(studyPath).map((page, index) => [page, index]));
    const rankOf = (page: string) => rank.get(page) ?? rank.size;
    const pages = [...byPage.keys()]
      .sort((a, b) => rankOf(a) - rankOf(b) || a.localeCompare(b))
      .map((page): PageFiles => {
        const entries = byPage.get(page)!;
        return { page, entries, gzipBytes: () => gzipBytesOf(distDir, base, entries) };
      });
    const precached = await takePagesWithinBudget(pages, budget);
    return { manifest: [...siteWide, ...precached.flatMap((page) => page.entries)] };
  };
}

async function gzipBytesOf(distDir: string, base: string, entries: ManifestEntry[]): Promise<number> {
  const sizes = await Promise.all(
    entries.map(async (entry) => gzipSync(await fs.readFile(path.join(distDir, entry.url.slice(base.length)))).length),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}
