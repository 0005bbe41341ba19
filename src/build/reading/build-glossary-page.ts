import type { GlossaryEntry } from '../../shared/page-data';
import type { GlossaryPageData, MarkedTerm, PageRef } from '../../shared/reading-data';
import { toTermId } from '../../shared/reading-routes';
import type { CompiledPage } from '../content/compile-page';

/**
 * The `/glossary` page: every term alphabetically, with where it is explained and the other pages
 * that use it; then the other names pages go by (their `aliases`), each linked to its pages.
 */
export function buildGlossaryPage(
  entries: readonly GlossaryEntry[],
  pagesInStudyOrder: readonly CompiledPage[],
  pageOfRoute: (route: string) => CompiledPage | undefined,
  refOf: (page: CompiledPage) => PageRef,
): GlossaryPageData {
  const glossaryEntries = entries.map((entry) => {
    const id = toTermId(entry.term);
    const [route = ''] = entry.href.split('#', 1);
    const page = pageOfRoute(route);
    return {
      id,
      term: entry.term,
      aliases: entry.aliases,
      definitionHtml: entry.definitionHtml,
      explainedIn: page
        ? { ...refOf(page), href: entry.href }
        : { kind: 'topic' as const, href: entry.href, title: '' },
      mentionedOn: pagesInStudyOrder.filter((other) => other.reading.glossaryTerms.includes(id)).map(refOf),
    };
  });
  glossaryEntries.sort((a, b) => compareNames(a.term, b.term));
  return { kind: 'glossary', entries: glossaryEntries, otherNames: otherNamesOf(entries, pagesInStudyOrder, refOf) };
}

/** The tooltip data of the terms a page marks, in the order they are marked. */
export function markedTermsOf(page: CompiledPage, entries: readonly GlossaryEntry[]): MarkedTerm[] {
  const byId = new Map(entries.map((entry) => [toTermId(entry.term), entry]));
  return page.reading.glossaryTerms.flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [{ id, term: entry.term, definitionHtml: entry.definitionHtml }] : [];
  });
}

/** Aliases of pages that the glossary does not define, each with the pages it names. */
function otherNamesOf(
  entries: readonly GlossaryEntry[],
  pages: readonly CompiledPage[],
  refOf: (page: CompiledPage) => PageRef,
) {
  const defined = new Set(entries.flatMap((entry) => [entry.term, ...entry.aliases]).map((name) => name.toLowerCase()));
  const byName = new Map<string, { name: string; pages: PageRef[] }>();
  for (const page of pages) {
    for (const alias of page.frontmatter.aliases) {
      const key = alias.toLowerCase();
      if (defined.has(key)) continue;
      const entry = byName.get(key) ?? { name: alias, pages: [] };
      if (!entry.pages.some((ref) => ref.href === refOf(page).href)) entry.pages.push(refOf(page));
      byName.set(key, entry);
    }
  }
  return [...byName.values()].sort((a, b) => compareNames(a.name, b.name));
}

function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}
