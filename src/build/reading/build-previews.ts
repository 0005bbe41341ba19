import type { LinkPreviewData } from '../../shared/reading-data';
import type { CompiledPage } from '../content/compile-page';

/** The link preview card of every page: title, short answer (or topic summary), labelled equations. */
export function buildPreviews(
  pages: readonly CompiledPage[],
  routeOf: (page: CompiledPage) => string,
): Map<string, LinkPreviewData> {
  const topicTitles = new Map(
    pages.flatMap((page) => (page.kind === 'topic' ? [[page.slug, page.frontmatter.title] as const] : [])),
  );
  return new Map(
    pages.map((page) => [
      routeOf(page),
      page.kind === 'topic'
        ? {
            kind: 'topic',
            title: page.frontmatter.title,
            summaryHtml: escapeHtml(page.frontmatter.summary),
            equations: page.reading.equations,
          }
        : {
            kind: 'question',
            title: page.frontmatter.title,
            summaryHtml: page.summaryHtml,
            topicTitle: topicTitles.get(page.frontmatter.topic),
            equations: page.reading.equations,
          },
    ]),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
