import type { LinkPreviewData } from '../../shared/reading-data';
import { previewDataUrl } from '../../shared/reading-routes';
import { createResourceCache } from '../data/resource-cache';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Link preview files (`data/previews/…json`), fetched the first time a link to the page is hovered. */
const previewCache = createResourceCache(async (url) => {
  const response = await fetch(base + url);
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  return (await response.json()) as LinkPreviewData;
});

/** The preview of the content page at `pathname`; rejects when there is none. */
export function loadPreview(pathname: string): Promise<LinkPreviewData> {
  const url = previewDataUrl(pathname);
  return url ? previewCache.get(url) : Promise.reject(new Error(`no preview for ${pathname}`));
}
