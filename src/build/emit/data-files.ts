import { pageDataUrl, questionPath, siteDataUrl, topicPath } from '../../shared/routes';
import { searchFormulasUrl, searchIndexUrl } from '../../shared/search/search-data';
import { studyPathDataUrl } from '../../shared/study-path';
import { readingDataFiles } from '../reading/reading-data-files';
import type { SitePageData } from './build-page-data';

/** Every data file of the site: its URL path (`/data/...json`) and its JSON text. */
export function dataFiles(data: SitePageData): Map<string, string> {
  const files = new Map<string, string>([[siteDataUrl, JSON.stringify(data.site)]]);
  for (const page of data.topics) files.set(pageDataUrl(topicPath(page.slug))!, JSON.stringify(page));
  for (const page of data.questions) files.set(pageDataUrl(questionPath(page.slug))!, JSON.stringify(page));
  if (data.path) files.set(studyPathDataUrl, JSON.stringify(data.path));
  files.set(searchIndexUrl, JSON.stringify(data.search.index));
  files.set(searchFormulasUrl, JSON.stringify(data.search.formulas));
  for (const [url, json] of readingDataFiles(data.reading)) files.set(url, json);
  return files;
}
