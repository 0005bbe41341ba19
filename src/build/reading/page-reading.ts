import type { VFile } from 'vfile';
import type { EquationPreview } from '../../shared/reading-data';

/** What the reading plugins learned about one compiled page. */
export interface PageReading {
  readingMinutes: number;
  /** Ids of the glossary terms marked in the body, in order. */
  glossaryTerms: string[];
  /** Labelled equations, in order, with their rendered HTML. */
  equations: EquationPreview[];
  /** Site macros (`\KL`) the page's formulas use. */
  macrosUsed: string[];
}

/** Collects the reading plugins' results from a compiled file's data. */
export function readingOf(file: VFile): PageReading {
  const html = file.data.equationHtml ?? {};
  return {
    readingMinutes: file.data.readingMinutes ?? 1,
    glossaryTerms: file.data.glossaryTerms ?? [],
    equations: (file.data.equations ?? []).map((equation) => ({ ...equation, html: html[equation.id] ?? '' })),
    macrosUsed: file.data.macrosUsed ?? [],
  };
}
