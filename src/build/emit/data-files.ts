import { pageDataUrl, questionPath, siteDataUrl, topicPath } from '../../shared/routes';
import { searchManifestUrl, type SearchData } from '../../shared/search/search-data';
import { studyPathDataUrl } from '../../shared/study-path';
import { readingDataFiles } from '../reading/reading-data-files';
import type { SitePageData } from './build-page-data';

/** Every data file of the site: its URL path (`/data/...json`) and its JSON text. */
export function dataFiles(data: SitePageData): Map<string, string> {
  const files = new Map<string, string>();
  for (const [url, write] of dataFileWriters(data)) files.set(url, write());
  for (const [url, json] of searchDataFiles(data.search)) files.set(url, json);
  return files;
}

/**
 * Every data file but the search index's, each written when asked for: after an edit, the dev
 * server writes the files the open page fetches, not the whole site's.
 */
export function dataFileWriters(data: SitePageData): Map<string, () => string> {
  const files = new Map<string, () => string>([[siteDataUrl, () => JSON.stringify(data.site)]]);
  for (const page of data.topics) files.set(pageDataUrl(topicPath(page.slug))!, () => JSON.stringify(page));
  for (const page of data.questions) files.set(pageDataUrl(questionPath(page.slug))!, () => JSON.stringify(page));
  if (data.path) files.set(studyPathDataUrl, () => JSON.stringify(data.path));
  for (const [url, json] of readingDataFiles(data.reading)) files.set(url, () => json);
  return files;
}

/** The search index's files: its manifest and its shards. */
export function searchDataFiles(search: SearchData): Map<string, string> {
  const files = new Map<string, string>();
  files.set(searchManifestUrl, JSON.stringify(search.manifest));
  for (const [url, json] of search.shards) files.set(url, json);
  return files;
}
