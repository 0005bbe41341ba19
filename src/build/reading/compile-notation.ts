import path from 'node:path';
import type { NotationPageData, PageRef } from '../../shared/reading-data';
import type { ContentError } from '../content-error';
import type { CompiledPage } from '../content/compile-page';
import type { MarkdownCompiler } from '../content/markdown-compiler';
import type { LoadedNotation } from './load-notation';

export interface CompileNotationResult {
  data: NotationPageData;
  errors: ContentError[];
}

/**
 * Renders the notation page: each symbol and meaning through the site's Markdown pipeline (so a
 * broken macro is reported at its line), and where the symbol is first used: the entry's `page`,
 * or else, for a macro, the first page in study order whose formulas use it.
 */
export async function compileNotation(
  notation: LoadedNotation,
  contentRoot: string,
  pagesInStudyOrder: readonly CompiledPage[],
  refOf: (page: CompiledPage) => PageRef,
  compiler: MarkdownCompiler,
): Promise<CompileNotationResult> {
  const errors: ContentError[] = [...notation.errors];
  const entries: NotationPageData['entries'] = [];
  const at = (index: number, field: string) => ({ file: notation.file, ...notation.locate([index, field]) });

  for (const [index, entry] of notation.entries.entries()) {
    const symbol = await compiler.inline(`$${entry.tex}$`, notation.file, 'tex');
    const meaning = await compiler.inline(entry.meaning, notation.file, 'meaning');
    errors.push(...symbol.errors.map((error) => ({ ...error, ...at(index, 'tex') })));
    errors.push(...meaning.errors.map((error) => ({ ...error, ...at(index, 'meaning') })));

    let firstUse: PageRef | undefined;
    if (entry.page) {
      const [pagePath = '', hash] = entry.page.split('#', 2);
      const page = pagesInStudyOrder.find((candidate) => candidate.file === path.join(contentRoot, pagePath));
      if (!page) errors.push({ ...at(index, 'page'), message: `page "${pagePath}" does not exist` });
      else if (hash && !page.anchors.has(hash)) {
        errors.push({ ...at(index, 'page'), message: `page "${pagePath}" has no heading "#${hash}"` });
      } else firstUse = { ...refOf(page), href: refOf(page).href + (hash ? `#${hash}` : '') };
    } else if (entry.macro) {
      const page = pagesInStudyOrder.find((candidate) => candidate.reading.macrosUsed.includes(entry.macro!));
      firstUse = page && refOf(page);
    }
    entries.push({
      tex: entry.tex,
      symbolHtml: symbol.html,
      ...(entry.macro && { macro: entry.macro }),
      meaningHtml: meaning.html,
      ...(firstUse && { firstUse }),
    });
  }
  return { data: { kind: 'notation', entries }, errors };
}
