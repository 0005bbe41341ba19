import type { GlossaryEntry } from '../../shared/page-data';
import type { GlossaryPageData, LinkPreviewData, NotationPageData, PageRef } from '../../shared/reading-data';
import type { ContentError } from '../content-error';
import type { CompiledPage } from '../content/compile-page';
import type { MarkdownCompiler } from '../content/markdown-compiler';
import type { SitePageData } from '../emit/build-page-data';
import { buildBacklinks } from './build-backlinks';
import { buildGlossaryPage, markedTermsOf } from './build-glossary-page';
import { buildPreviews } from './build-previews';
import { compileNotation } from './compile-notation';
import { readLastUpdated } from './git-last-updated';
import type { ReadingContext } from './load-reading-context';
import { pageRefOf, sortInStudyOrder } from './study-order';

/** The site-wide reading data: the glossary and notation pages, and every page's link preview (by route). */
export interface ReadingSiteData {
  glossary: GlossaryPageData;
  notation: NotationPageData;
  previews: Map<string, LinkPreviewData>;
}

export interface CompileReadingOptions {
  contentRoot: string;
  pages: readonly CompiledPage[];
  routeOf: (file: string) => string | undefined;
  glossary: readonly GlossaryEntry[];
  context: ReadingContext;
  compiler: MarkdownCompiler;
}

export interface CompileReadingResult {
  errors: ContentError[];
  /** Adds backlinks, reading time, last-updated dates and marked terms to the page data, and the site-wide reading data. */
  addTo: (data: SitePageData) => SitePageData;
}

/** The reading step, once every page is compiled: notation, glossary page, backlinks, previews. */
export async function compileReadingData(options: CompileReadingOptions): Promise<CompileReadingResult> {
  const { contentRoot, pages, glossary, context, compiler } = options;
  const routeOf = (page: CompiledPage) => options.routeOf(page.file) ?? '';
  const refOf = (page: CompiledPage): PageRef => pageRefOf(page, routeOf(page));
  const studyPages = sortInStudyOrder(pages);
  const pageByRoute = new Map(pages.map((page) => [routeOf(page), page]));
  const [notation, lastUpdated] = await Promise.all([
    compileNotation(context.notation, contentRoot, studyPages, refOf, compiler),
    readLastUpdated(contentRoot),
  ]);

  const addTo = (data: SitePageData): SitePageData => {
    const backlinks = buildBacklinks(studyPages, refOf);
    for (const pageData of [...data.topics, ...data.questions]) {
      const page = pageByRoute.get(`/${pageData.kind}s/${pageData.slug}`);
      if (!page) continue;
      pageData.backlinks = backlinks.get(page.file) ?? [];
      pageData.readingMinutes = page.reading.readingMinutes;
      const date = lastUpdated.get(page.file);
      if (date) pageData.lastUpdated = date;
      pageData.glossaryTerms = markedTermsOf(page, glossary);
    }
    data.reading = {
      glossary: buildGlossaryPage(glossary, studyPages, (route) => pageByRoute.get(route), refOf),
      notation: notation.data,
      previews: buildPreviews(pages, routeOf),
    };
    return data;
  };
  return { errors: notation.errors, addTo };
}
