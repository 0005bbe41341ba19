import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { notFoundTitle } from '../shared/document-head';
import type { ContentPageData, SiteData } from '../shared/page-data';
import { readingPageHeads, studyPageHeads } from '../shared/page-heads';
import { searchPageHead } from '../shared/search/search-page-head';
import type { StudyPathData } from '../shared/study-path';
import { firstVisitDataScript } from './emit/first-visit-data';
import { headTags } from './emit/head-tags';
import { robotsTxt, sitemapXml } from './emit/sitemap';
import { practicePagePath } from '../shared/routes';
import { practicePageHead } from '../shared/widgets/practice-page';
import { readFontPreloads } from './emit/first-screen-fonts';
import { readPageModules } from './emit/page-assets';
import { routeModules, type RouteModuleName } from './emit/route-modules';
import { addAppImports } from './vite-plugin-load-after-paint';

type RenderPage = (url: string, site: SiteData, page: ContentPageData | null) => Promise<string>;

export interface PrerenderOptions {
  /** The client build, with `index.html` and the `data/` files. */
  distDir: string;
  /** The server build of `src/entry-server.tsx`. */
  serverEntry: string;
  /** The public origin (e.g. `https://user.github.io`), for canonical URLs and the sitemap. */
  siteUrl: string;
  /** The URL path the site is served under, ending in `/`. */
  base: string;
}

/**
 * Writes the full HTML of every route into the client build: `index.html`, `topics/<slug>.html`,
 * `questions/<slug>.html` and `404.html`. A static host serves `/questions/x` from
 * `questions/x.html` and unknown paths from `404.html`. Also writes `sitemap.xml` and `robots.txt`.
 */
export async function prerenderSite({ distDir, serverEntry, siteUrl, base }: PrerenderOptions): Promise<number> {
  const absoluteUrl = (url: string) => siteUrl.replace(/\/$/, '') + base.replace(/\/$/, '') + url;
  const indexed: string[] = [];
  const template = await fs.readFile(path.join(distDir, 'index.html'), 'utf8');
  const { renderPage, primeStudyPath } = (await import(pathToFileURL(serverEntry).href)) as {
    renderPage: RenderPage;
    primeStudyPath: (studyPath: StudyPathData) => void;
  };
  primeStudyPath(await readJson<StudyPathData>(path.join(distDir, 'data/path.json')));
  const site = await readJson<SiteData>(path.join(distDir, 'data/site.json'));
  const pageModules = await readPageModules(distDir, base);
  const fontPreloads = await readFontPreloads(distDir, base);

  const write = async (
    file: string,
    url: string,
    route: RouteModuleName,
    page: ContentPageData | null,
    title: string | undefined,
    description: string,
  ) => {
    const body = await renderPage(url, site, page);
    const noindex = file === '404.html' || file === 'search.html';
    if (!noindex) indexed.push(absoluteUrl(url));
    // The route's code is fetched with the app's entry; its widgets' code only when scrolled near
    // (see WidgetSlot).
    const head = [
      headTags({ siteTitle: site.title, title, description, url: absoluteUrl(url), noindex }),
      ...(page ? fontPreloads(page) : []),
    ].join('\n    ');
    // Replacer functions: a `$&` in the content must not be read as a replacement pattern.
    const html = addAppImports(template, pageModules([routeModules[route]]))
      .replace('<!--app-head-->', () => head)
      .replace('<!--app-html-->', () => body)
      .replace('<!--app-data-->', () => firstVisitDataScript(url, site, page, body));
    await fs.mkdir(path.dirname(path.join(distDir, file)), { recursive: true });
    await fs.writeFile(path.join(distDir, file), html);
  };

  for (const route of appRoutes(site)) {
    // The glossary and notation data go through the page data cache like a content page's.
    const data = route.data ? await readJson<ContentPageData>(path.join(distDir, route.data)) : null;
    await write(route.file, route.url, route.route, data, route.title, route.description);
  }
  let count = appRoutes(site).length;
  for (const folder of ['topics', 'questions'] as const) {
    const dataDir = path.join(distDir, 'data', folder);
    for (const name of (await fs.readdir(dataDir)).filter((file) => file.endsWith('.json'))) {
      const page = await readJson<ContentPageData>(path.join(dataDir, name));
      const description = page.kind === 'topic' ? page.summary : page.summaryText;
      await write(
        `${folder}/${name.replace(/\.json$/, '.html')}`,
        `/${folder}/${page.slug}`,
        page.kind,
        page,
        page.title,
        description,
      );
      count++;
    }
  }
  // The offline fallback: the app without a prerendered page, which renders any route from cached data.
  const shellHead = headTags({
    siteTitle: site.title,
    description: site.description,
    url: absoluteUrl('/'),
    noindex: true,
  });
  await fs.writeFile(
    path.join(distDir, 'shell.html'),
    template.replace('<!--app-head-->', shellHead).replace('<!--app-html-->', '').replace('<!--app-data-->', ''),
  );
  await fs.writeFile(path.join(distDir, 'sitemap.xml'), sitemapXml(indexed));
  await fs.writeFile(path.join(distDir, 'robots.txt'), robotsTxt(absoluteUrl('/sitemap.xml')));
  return count;
}

/** Routes that are not content pages: rendered from the site data, and their own `data` file if any. */
function appRoutes(
  site: SiteData,
): { file: string; url: string; route: RouteModuleName; title?: string; description: string; data?: string }[] {
  const notFound = { title: notFoundTitle, description: 'There is no page at this address.' };
  return [
    { file: 'index.html', url: '/', route: 'home', description: site.description },
    { file: '404.html', url: '/404', route: 'notFound', ...notFound },
    { file: 'path.html', url: '/path', route: 'studyPath', ...studyPageHeads.path },
    { file: 'review.html', url: '/review', route: 'review', ...studyPageHeads.review },
    { file: 'practice.html', url: practicePagePath, route: 'practice', ...practicePageHead },
    { file: 'search.html', url: '/search', route: 'search', ...searchPageHead },
    {
      file: 'glossary.html',
      url: '/glossary',
      route: 'glossary',
      ...readingPageHeads.glossary,
      data: 'data/glossary.json',
    },
    {
      file: 'notation.html',
      url: '/notation',
      route: 'notation',
      ...readingPageHeads.notation,
      data: 'data/notation.json',
    },
  ];
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as T;
}
