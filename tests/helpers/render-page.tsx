import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { App } from '../../src/app/App';
import { pageDataCache, primeSiteData } from '../../src/app/data/page-data-client';
import { preloadRoute } from '../../src/app/routes/route-table';
import type { ContentPageData, SiteData } from '../../src/shared/page-data';
import { pageDataUrl } from '../../src/shared/routes';

export const site: SiteData = {
  title: 'Deep Learning Topics',
  description: 'Study deep learning.',
  topics: [
    { slug: 'autoencoders' as never, title: 'Autoencoders', summary: 'Compress and reconstruct.', questionCount: 2 },
    { slug: 'transformers' as never, title: 'Transformers', summary: 'Attention everywhere.', questionCount: 1 },
  ],
};

/** Renders the whole app at `url` with the given page data, as the client does after preloading. */
export async function renderApp(url: string, pages: ContentPageData[] = []) {
  primeSiteData(site);
  for (const page of pages) pageDataCache.prime(pageDataUrl(`/${page.kind}s/${page.slug}`)!, page);
  const dataUrl = pageDataUrl(url);
  if (dataUrl && !pages.some((page) => pageDataUrl(`/${page.kind}s/${page.slug}`) === dataUrl)) {
    pageDataCache.prime(dataUrl, null);
    // A page without data shows the not-found page, whose code the client loads then.
    await preloadRoute('/404');
  }
  await preloadRoute(url);
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="*" element={<App />} />
      </Routes>
      <LocationProbe />
    </MemoryRouter>,
  );
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.hash}</output>;
}
