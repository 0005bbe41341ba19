import type { ContentPageData, SiteData } from './page-data';

/**
 * What a prerendered page carries for its own hydration, in a `<script type="application/json">`
 * (data, never run, so the Content-Security-Policy is unaffected): the site data and the page's
 * data, so the first visit fetches no JSON. The page's HTML fields are left empty and listed in
 * `inDocument`: the browser already has them, in the elements marked with their path.
 */
export interface FirstVisitData {
  /** The route this was rendered for: a static host also serves `404.html` at other addresses. */
  url: string;
  site: SiteData;
  page: ContentPageData | null;
  /**
   * Paths of the page's fields (`html`, `questions.2.summaryHtml`) to read from the marked elements.
   * `html#3` is part 3 of a body split at its widgets (see splitAtWidgets): such a field keeps only
   * its placeholders, and its HTML parts are read back from their elements.
   */
  inDocument: string[];
}

export const firstVisitDataId = 'first-visit-data';

/** The attribute that marks an element whose inner HTML is the page data field it names. */
export const pageFieldAttribute = 'data-page-field';

/** The attribute for an element rendering the page data field at `path` (nothing when there is no path). */
export function pageField(path: string | undefined): Record<string, string> {
  return path ? { [pageFieldAttribute]: path } : {};
}

/** Sets the field at a dotted `path` of `target` (objects and arrays); false if the path does not exist. */
export function setField(target: unknown, path: string, value: string): boolean {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  const last = keys.at(-1)!;
  if (typeof node !== 'object' || node === null || typeof (node as Record<string, unknown>)[last] !== 'string')
    return false;
  (node as Record<string, unknown>)[last] = value;
  return true;
}

/** `html#3` → the field `html` and part 3; a whole-field path → no part. */
export function splitPartPath(path: string): { field: string; part?: number } {
  const [field = path, part] = path.split('#');
  return part === undefined ? { field } : { field, part: Number(part) };
}

/** Reads a text field at a dotted `path` of `target` (undefined if there is none). */
export function getField(target: unknown, path: string): string | undefined {
  let node = target;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? node : undefined;
}
