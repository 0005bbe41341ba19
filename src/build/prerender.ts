import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { documentTitle, notFoundTitle } from '../shared/document-head';
import type { ContentPageData, SiteData } from '../shared/page-data';

type RenderPage = (url: string, site: SiteData, page: ContentPageData | null) => Promise<string>;

export interface PrerenderOptions {
  /** The client build, with `index.html` and the `data/` files. */
  distDir: string;
  /** The server build of `src/entry-server.tsx`. */
  serverEntry: string;
}

/**
 * Writes the full HTML of every route into the client build: `index.html`, `topics/<slug>.html`,
 * `questions/<slug>.html` and `404.html`. A static host serves `/questions/x` from
 * `questions/x.html` and unknown paths from `404.html`.
 */
export async function prerenderSite({ distDir, serverEntry }: PrerenderOptions): Promise<number> {
  const template = await fs.readFile(path.join(distDir, 'index.html'), 'utf8');
  const { renderPage } = (await import(pathToFileURL(serverEntry).href)) as { renderPage: RenderPage };
  const site = await readJson<SiteData>(path.join(distDir, 'data/site.json'));

  const write = async (
    file: string,
    url: string,
    page: ContentPageData | null,
    title: string | undefined,
    description: string,
  ) => {
    const body = await renderPage(url, site, page);
    const head = [
      `<title>${escapeHtml(documentTitle(title, site.title))}</title>`,
      `<meta name="description" content="${escapeHtml(description)}" />`,
    ].join('\n    ');
    const html = template.replace('<!--app-head-->', head).replace('<!--app-html-->', body);
    await fs.mkdir(path.dirname(path.join(distDir, file)), { recursive: true });
    await fs.writeFile(path.join(distDir, file), html);
  };

  for (const route of appRoutes(site)) await write(route.file, route.url, null, route.title, route.description);
  let count = appRoutes(site).length;
  for (const folder of ['topics', 'questions'] as const) {
    const dataDir = path.join(distDir, 'data', folder);
    for (const name of (await fs.readdir(dataDir)).filter((file) => file.endsWith('.json'))) {
      const page = await readJson<ContentPageData>(path.join(dataDir, name));
      const description = page.kind === 'topic' ? page.summary : page.summaryText;
      await write(
        `${folder}/${name.replace(/\.json$/, '.html')}`,
        `/${folder}/${page.slug}`,
        page,
        page.title,
        description,
      );
      count++;
    }
  }
  return count;
}

/** Routes that are not content pages: rendered from the site data alone. */
function appRoutes(site: SiteData): { file: string; url: string; title?: string; description: string }[] {
  return [
    { file: 'index.html', url: '/', description: site.description },
    { file: '404.html', url: '/404', title: notFoundTitle, description: 'There is no page at this address.' },
  ];
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as T;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
