import type { EquationOptions } from './rehype-equations';
import type { GlossaryTermsOptions } from './rehype-glossary-terms';
import type { ReadingStatsOptions } from './rehype-reading-stats';

/** Options of the reading plugins of the Markdown pipeline (see `createMarkdownProcessor`). */
export interface ReadingPluginOptions extends EquationOptions, GlossaryTermsOptions, ReadingStatsOptions {}

/** No glossary, no other pages: for compiling Markdown outside a site. */
export const noReadingOptions: ReadingPluginOptions = {
  macros: {},
  terms: [],
  labelsOfRoute: () => undefined,
};
