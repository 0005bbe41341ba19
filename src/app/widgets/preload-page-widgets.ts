import { pageDataUrl } from '../../shared/routes';
import { pageDataCache } from '../data/page-data-client';
import { preloadWidgets } from './widget-loader';

/** Loads the code of the widgets the content page at `pathname` places (none for other pages). */
export async function preloadPageWidgets(pathname: string): Promise<void> {
  const url = pageDataUrl(pathname);
  const page = url ? await pageDataCache.get(url) : null;
  if (page) await preloadWidgets(page.html);
}
