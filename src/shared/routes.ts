import { readingPageDataUrl } from './reading-routes';
import type { QuestionSlug, TopicSlug } from './slugs';

/** URL paths of the site's pages and of the data files the build emits for them. */
export const homePath = '/';

export function topicPath(slug: TopicSlug): string {
  return `/topics/${slug}`;
}

export function questionPath(slug: QuestionSlug): string {
  return `/questions/${slug}`;
}

/** The practice page: every drill, prerendered as `practice.html`. */
export const practicePagePath = '/practice';

export const siteDataUrl = '/data/site.json';

/** The data file of a page path, or undefined when the path is not a content, glossary or notation page. */
export function pageDataUrl(pathname: string): string | undefined {
  const match = /^\/(topics|questions)\/([a-z0-9-]+)$/.exec(pathname);
  return match ? `/data/${match[1]}/${match[2]}.json` : readingPageDataUrl(pathname);
}
