import { documentTitle } from '../../shared/document-head';

/** The Content-Security-Policy of every built page: scripts only from our own origin, never inline. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // KaTeX positions glyphs with inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export interface HeadOptions {
  siteTitle: string;
  /** The page's own title; the home page has none. */
  title?: string;
  description: string;
  /** The page's absolute URL, for the canonical link and Open Graph. */
  url: string;
  /** Keep the page out of search indexes (the not-found page). */
  noindex?: boolean;
}

/** The per-page `<head>` tags: CSP, title, description, canonical URL and Open Graph. */
export function headTags({ siteTitle, title, description, url, noindex = false }: HeadOptions): string {
  const fullTitle = documentTitle(title, siteTitle);
  return [
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
    `<title>${escapeHtml(fullTitle)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    noindex ? '<meta name="robots" content="noindex" />' : `<link rel="canonical" href="${escapeHtml(url)}" />`,
    `<meta property="og:type" content="${title ? 'article' : 'website'}" />`,
    `<meta property="og:site_name" content="${escapeHtml(siteTitle)}" />`,
    `<meta property="og:title" content="${escapeHtml(title ?? siteTitle)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
  ].join('\n    ');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
