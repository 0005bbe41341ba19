import type { ContentPageData, SiteData, SiteNav } from './page-data';
import { homePath } from './routes';

/**
 * What a prerendered page carries for its own hydration, in a `<script type="application/json">`
 * (data, never run, so the Content-Security-Policy is unaffected): the site data it shows and the
 * page's data, so the first visit fetches no JSON. The page's HTML fields are left empty and listed in
 * `inDocument`: the browser already has them, in the elements marked with their path.
 */
export interface FirstVisitData {
  /** The route this was rendered for: a static host also serves `404.html` at other addresses. */
  url: string;
  nav: SiteNav;
  /** The whole site data, only where the page shows more of it than `nav` (see showsWholeSiteData). */
  site?: SiteData;
  page: ContentPageData | null;
  /**
   * Paths of the page's fields (`html`, `questions.2.summaryHtml`) to read from the marked elements.
   * `html#3` is part 3 of a body split at its widgets (see splitAtWidgets): such a field keeps only
   * its placeholders, and its HTML parts are read back from their elements.
   */
  inDocument: string[];
}

export const firstVisitDataId = 'first-visit-data';

/**
 * Whether the page at `pathname` shows more of the site data than the nav: only the home page
 * does (the topics' summaries and counts). Its first visit carries the whole site data, and the
 * app loads it before rendering that page.
 */
export function showsWholeSiteData(pathname: string): boolean {
  return pathname === homePath;
}

/** The attribute that marks an element whose inner HTML is the page data field it names. */
export const pageFieldAttribute = 'data-page-field';

/** The attribute for an element rendering the page data field at `path` (nothing when there is no path). */
export function pageField(path: string | undefined): Record<string, string> {
  return path ? { [pageFieldAttribute]: path } : {};
}

/** `html#3` → the field `html` and part 3; a whole-field path → no part. */
export function splitPartPath(path: string): { field: string; part?: number } {
  const [field = path, part] = path.split('#');
  return part === undefined ? { field } : { field, part: Number(part) };
}

/** Reads the text field at a dotted `path` of `target` (objects and arrays); undefined if there is none. */
export function getField(target: unknown, path: string): string | undefined {
  const slot = textSlot(target, path);
  return slot && (slot.parent[slot.key] as string);
}

/** Sets the text field at a dotted `path` of `target`; false if there is no such text field. */
export function setField(target: unknown, path: string, value: string): boolean {
  const slot = textSlot(target, path);
  if (slot) slot.parent[slot.key] = value;
  return Boolean(slot);
}

/** The object holding the text field at `path`, and its key there. */
function textSlot(target: unknown, path: string): { parent: Record<string, unknown>; key: string } | undefined {
  const keys = path.split('.');
  const key = keys.pop()!;
  let parent = target;
  for (const step of keys) {
    if (!isRecord(parent) || !Object.hasOwn(parent, step)) return undefined;
    parent = parent[step];
  }
  return isRecord(parent) && Object.hasOwn(parent, key) && typeof parent[key] === 'string'
    ? { parent, key }
    : undefined;
}

/** Whether `value` is an object or array whose fields can be read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
