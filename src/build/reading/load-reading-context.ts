import { katexMacros } from '../../shared/katex-macros';
import type { SourceFile } from '../content/load-content';
import { loadGlossaryTerms } from './load-glossary-terms';
import { loadNotation, type LoadedNotation } from './load-notation';
import type { ReadingPluginOptions } from './reading-plugin-options';
import { scanEquationLabels } from './scan-equation-labels';

export interface ReadingContext {
  notation: LoadedNotation;
  /** What the reading plugins of the Markdown pipeline need to know about the whole site. */
  pluginOptions: ReadingPluginOptions;
}

/**
 * What the pages need from the whole site before any of them is compiled: the notation file
 * (checked against the site's macros), the glossary's names, and every page's equation labels.
 */
export async function loadReadingContext(
  contentRoot: string,
  sources: readonly SourceFile[],
  routeOf: (file: string) => string | undefined,
): Promise<ReadingContext> {
  const [notation, terms] = await Promise.all([loadNotation(contentRoot), loadGlossaryTerms(contentRoot)]);
  const labelsByRoute = new Map<string, string[]>();
  for (const source of sources) {
    const route = routeOf(source.file);
    if (route) labelsByRoute.set(route, scanEquationLabels(source.text));
  }
  return {
    notation,
    pluginOptions: {
      macros: katexMacros,
      terms,
      // Links in the HTML carry the site's base path: look the page up by its own part.
      labelsOfRoute: (href) => labelsByRoute.get(/\/(?:topics|questions)\/[^/]+$/.exec(href)?.[0] ?? ''),
    },
  };
}
