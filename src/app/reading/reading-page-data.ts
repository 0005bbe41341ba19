import type { ContentPageData } from '../../shared/page-data';
import type { GlossaryPageData, NotationPageData } from '../../shared/reading-data';

/** Narrows the data of `/glossary` (loaded through the page data cache) to its type. */
export function asGlossaryData(data: ContentPageData | GlossaryPageData | null): GlossaryPageData | null {
  return data?.kind === 'glossary' ? data : null;
}

/** Narrows the data of `/notation` (loaded through the page data cache) to its type. */
export function asNotationData(data: ContentPageData | NotationPageData | null): NotationPageData | null {
  return data?.kind === 'notation' ? data : null;
}
