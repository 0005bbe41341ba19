import path from 'node:path';
import { questionPath, topicPath } from '../shared/routes';
import { toQuestionSlug, toTopicSlug } from '../shared/slugs';
import { ContentErrors, type ContentError } from './content-error';
import { compileGlossary } from './content/compile-glossary';
import type { CompileCache } from './content/compile-cache';
import type { CompiledPage } from './content/compile-page';
import { loadContent } from './content/load-content';
import { createMarkdownCompiler } from './content/markdown-compiler';
import { buildPageData, type SitePageData } from './emit/build-page-data';
import type { MathGlyphs } from './markdown/rehype-collect-math-glyphs';
import { compileReadingData } from './reading/compile-reading-data';
import { loadReadingContext } from './reading/load-reading-context';
import { addStudyPath } from './study/add-study-path';
import { orderStudyPath } from './study/order-study-path';
import { checkSite } from './validate/check-site';

/**
 * The whole content pipeline: read → compile each page → check across pages → glossary → page data.
 * Throws `ContentErrors` listing every problem if any page is wrong.
 */
export interface CompiledSite extends SitePageData {
  /** The characters drawn with each KaTeX font file on the site. */
  mathGlyphs: MathGlyphs;
}

export interface CompileSiteOptions {
  /** The URL path the site is served under (`/` or e.g. `/deep-learning-topics/`); prefixes links in the HTML. */
  base?: string;
  /**
   * Compiled pages kept from earlier compiles (the dev server passes the same cache each time):
   * only pages whose text or whose lookups into the rest of the site changed are compiled again.
   */
  cache?: CompileCache;
}

export async function compileSite(
  contentDir: string,
  { base = '/', cache }: CompileSiteOptions = {},
): Promise<CompiledSite> {
  const root = path.resolve(contentDir);
  const sources = await loadContent(root);
  const routes = new Map(
    sources.map((source) => [
      source.file,
      source.kind === 'topic'
        ? topicPath(toTopicSlug(safeSlug(source.slug)))
        : questionPath(toQuestionSlug(safeSlug(source.slug))),
    ]),
  );
  const routeOf = (file: string) => routes.get(file);
  const basePrefix = base.replace(/\/$/, '');
  const reading = await loadReadingContext(root, sources, routeOf);
  const compiler = createMarkdownCompiler({
    base,
    site: {
      routeOf: (file) => {
        const route = routeOf(file);
        return route && basePrefix + route;
      },
      knownFiles: () => [...routes.keys()],
      labelsOfRoute: reading.pluginOptions.labelsOfRoute,
    },
    reading: reading.pluginOptions,
    cache,
  });

  const pages: CompiledPage[] = [];
  const errors: ContentError[] = [];
  for (const source of sources) {
    const result = await compiler.page(source);
    errors.push(...result.errors);
    if (result.page) pages.push(result.page);
  }
  // Cross-page checks see every page, compiled now or reused.
  errors.push(...checkSite(pages));
  const studyOrder = orderStudyPath(pages);
  errors.push(...studyOrder.errors);
  const glossary = await compileGlossary(root, pages, routeOf, compiler);
  errors.push(...glossary.errors);
  const readingData = await compileReadingData({
    contentRoot: root,
    pages,
    routeOf,
    glossary: glossary.entries,
    context: reading,
    compiler,
  });
  errors.push(...readingData.errors);
  compiler.finish();
  if (errors.length > 0) throw new ContentErrors(errors, path.dirname(root));
  const data = addStudyPath(readingData.addTo(buildPageData(pages, glossary.entries)), studyOrder.slugs);
  return { ...data, mathGlyphs: compiler.mathGlyphs };
}

/** A route-safe stand-in for a malformed file name; `compilePage` reports the name itself. */
function safeSlug(slug: string): string {
  return (
    slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'invalid'
  );
}
