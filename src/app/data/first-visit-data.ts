import {
  firstVisitDataId,
  getField,
  isRecord,
  pageFieldAttribute,
  setField,
  splitPartPath,
  type FirstVisitData,
} from '../../shared/first-visit-data';
import { pageDataUrl, siteDataUrl } from '../../shared/routes';
import { placeholdersOf } from '../../shared/widgets/widget-placeholder';
import { pageDataCache, siteDataCache, siteNavCache } from './page-data-client';

/**
 * Primes the data caches from the data the prerendered page carries (see FirstVisitData), so the
 * first visit hydrates without fetching any JSON. The page's HTML fields are read back from the
 * elements that show them. Anything missing or malformed leaves the cache alone: the data is then
 * fetched as on any other navigation.
 */
export function primeFromDocument(pathname: string, doc: Document = document): void {
  const data = readFirstVisitData(doc);
  if (!data) return;
  siteNavCache.prime(siteDataUrl, data.nav);
  if (data.site) siteDataCache.prime(siteDataUrl, data.site);
  const url = pageDataUrl(pathname);
  if (!url || data.url !== pathname || !data.page) return;
  const parts = new Map<string, Map<number, string>>();
  for (const path of data.inDocument) {
    const element = doc.querySelector(`[${pageFieldAttribute}="${CSS.escape(path)}"]`);
    if (!element) return;
    const { field, part } = splitPartPath(path);
    if (part === undefined) {
      if (!setField(data.page, field, element.innerHTML)) return;
    } else {
      parts.set(field, (parts.get(field) ?? new Map<number, string>()).set(part, element.innerHTML));
    }
  }
  for (const [field, html] of parts) {
    const placeholders = getField(data.page, field);
    if (placeholders === undefined || !setField(data.page, field, joinParts(html, placeholders))) return;
  }
  pageDataCache.prime(url, data.page);
}

/** The body again: its HTML parts at their indices, the widget placeholders in the places between. */
function joinParts(html: Map<number, string>, placeholders: string): string {
  const widgets = placeholdersOf(placeholders);
  const count = html.size + widgets.length;
  return Array.from({ length: count }, (_, index) => html.get(index) ?? widgets.shift() ?? '').join('');
}

function readFirstVisitData(doc: Document): FirstVisitData | undefined {
  const text = doc.getElementById(firstVisitDataId)?.textContent;
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Record<keyof FirstVisitData, unknown> | null;
    const valid =
      typeof data?.url === 'string' &&
      isRecord(data.nav) &&
      Array.isArray(data.nav.topics) &&
      (data.site === undefined || isRecord(data.site)) &&
      Array.isArray(data.inDocument) &&
      (data.page === null || isRecord(data.page));
    return valid ? (data as unknown as FirstVisitData) : undefined;
  } catch {
    return undefined;
  }
}
