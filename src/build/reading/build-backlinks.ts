import type { PageRef } from '../../shared/reading-data';
import type { CompiledPage } from '../content/compile-page';

/**
 * "Referenced by" of every page: the pages whose body links to it (a page's own links to itself
 * do not count), each once, in the order of `pages` (study order). Keyed by content file.
 */
export function buildBacklinks(
  pages: readonly CompiledPage[],
  refOf: (page: CompiledPage) => PageRef,
): Map<string, PageRef[]> {
  const backlinks = new Map<string, PageRef[]>();
  for (const page of pages) {
    const targets = new Set(page.links.map((link) => link.targetFile));
    targets.delete(page.file);
    for (const target of targets) backlinks.set(target, [...(backlinks.get(target) ?? []), refOf(page)]);
  }
  return backlinks;
}
