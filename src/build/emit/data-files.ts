import { pageDataUrl, questionPath, siteDataUrl, topicPath } from '../../shared/routes';
import type { SitePageData } from './build-page-data';

/** Every data file of the site: its URL path (`/data/...json`) and its JSON text. */
export function dataFiles(data: SitePageData): Map<string, string> {
  const files = new Map<string, string>([[siteDataUrl, JSON.stringify(data.site)]]);
  for (const page of data.topics) files.set(pageDataUrl(topicPath(page.slug))!, JSON.stringify(page));
  for (const page of data.questions) files.set(pageDataUrl(questionPath(page.slug))!, JSON.stringify(page));
  return files;
}
