/** The `<title>` of a page: its own title, then the site's name. */
export function documentTitle(pageTitle: string | undefined, siteTitle: string): string {
  return pageTitle ? `${pageTitle} · ${siteTitle}` : siteTitle;
}

export const notFoundTitle = 'Page not found';
