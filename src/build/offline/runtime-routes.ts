/*
 * Which requests the service worker caches as they are made. Workbox copies these functions'
 * source into `sw.js`: each must stand alone, using nothing but its argument.
 */

/** A page's data file (`…/data/questions/elbo.json`, `…/data/topics/transformers.json`). */
export const isPageDataRequest = ({ url }: { url: URL }): boolean =>
  /\/data\/(topics|questions)\/[a-z0-9-]+\.json$/.test(url.pathname);

/** A page's link preview (`…/data/previews/questions/elbo.json`). */
export const isPagePreviewRequest = ({ url }: { url: URL }): boolean =>
  /\/data\/previews\/(topics|questions)\/[a-z0-9-]+\.json$/.test(url.pathname);
