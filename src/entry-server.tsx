import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import { App } from './app/App';
import { pageDataCache, primeSiteData } from './app/data/page-data-client';
import { preloadRoute } from './app/routes/route-table';
import { preloadWidgets } from './app/widgets/widget-loader';
import type { ContentPageData, SiteData } from './shared/page-data';
import { pageDataUrl } from './shared/routes';

export { primeStudyPath } from './app/study/path/path-data-client';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** Renders the page at `url` (without the base path) to HTML with the given data, as the client will hydrate it. */
export async function renderPage(url: string, site: SiteData, page: ContentPageData | null): Promise<string> {
  primeSiteData(site);
  const dataUrl = pageDataUrl(url);
  if (dataUrl) pageDataCache.prime(dataUrl, page);
  await preloadRoute(url);
  await preloadWidgets(page?.html ?? '');
  return renderToString(
    <StrictMode>
      <StaticRouter location={basename === '/' ? url : basename + url} basename={basename}>
        <App />
      </StaticRouter>
    </StrictMode>,
  );
}
