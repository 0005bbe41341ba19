import {
  firstVisitDataId,
  getField,
  pageFieldAttribute,
  setField,
  splitPartPath,
  showsWholeSiteData,
  type FirstVisitData,
} from '../../shared/first-visit-data';
import { siteNavOf, type ContentPageData, type SiteData } from '../../shared/page-data';
import { placeholdersOf } from '../../shared/widgets/widget-placeholder';

const markedField = new RegExp(`${pageFieldAttribute}="([^"]+)"`, 'g');

/**
 * The `<script type="application/json">` a prerendered page hydrates from (see FirstVisitData).
 * Every field the rendered `body` shows in a marked element is emptied: it is sent once, as HTML.
 * Of the site data, pages other than the home page carry only the nav: the topics' summaries and
 * counts would be ~0.5 KB gzip more on every page, and they are a large page's last bytes before
 * its HTML needs a second round trip (TCP's first window is ~14 KB).
 */
export function firstVisitDataScript(url: string, site: SiteData, page: ContentPageData | null, body: string): string {
  const lean = page && structuredClone(page);
  const inDocument = lean ? [...new Set(Array.from(body.matchAll(markedField), (match) => match[1]!))] : [];
  for (const path of inDocument) {
    const { field, part } = splitPartPath(path);
    const value = getField(lean, field);
    if (value === undefined)
      throw new Error(`${url}: the element marked "${path}" names no text field of the page data`);
    // A body split at its widgets keeps its placeholders; each HTML part is in its own element.
    setField(lean, field, part === undefined ? '' : placeholdersOf(value).join(''));
  }
  const data: FirstVisitData = {
    url,
    nav: siteNavOf(site),
    ...(showsWholeSiteData(url) ? { site } : {}),
    page: lean,
    inDocument,
  };
  // `<` escaped, so no string in the data can end the script element or open a comment.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${firstVisitDataId}">${json}</script>`;
}
