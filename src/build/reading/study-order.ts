import type { PageRef } from '../../shared/reading-data';
import type { CompiledPage } from '../content/compile-page';

/** The pages in study order: each topic (by `order`), followed by its questions (by `order`). */
export function sortInStudyOrder(pages: readonly CompiledPage[]): CompiledPage[] {
  const topicOrder = new Map(
    pages.flatMap((page) => (page.kind === 'topic' ? [[page.slug, page.frontmatter.order] as const] : [])),
  );
  const rank = (page: CompiledPage): [number, number] =>
    page.kind === 'topic'
      ? [page.frontmatter.order, 0]
      : [topicOrder.get(page.frontmatter.topic) ?? Infinity, page.frontmatter.order];
  return [...pages].sort((a, b) => {
    const [topicA, orderA] = rank(a);
    const [topicB, orderB] = rank(b);
    return topicA - topicB || orderA - orderB || a.slug.localeCompare(b.slug);
  });
}

/** A link to a compiled page. */
export function pageRefOf(page: CompiledPage, route: string): PageRef {
  return { kind: page.kind, href: route, title: page.frontmatter.title };
}
