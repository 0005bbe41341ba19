import { previewDataUrl } from '../../shared/reading-routes';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A link in the page's main content to another page, or to an equation on this page. */
export function matchLink(target: Element): HTMLElement | null {
  const anchor = target.closest('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || !anchor.closest('main')) return null;
  if (anchor.closest('.toc, .breadcrumb, .link-preview') || anchor.classList.contains('heading-anchor')) return null;
  return destinationOf(anchor) ? anchor : null;
}

export function destinationOf(anchor: HTMLAnchorElement): { pathname: string; hash: string } | undefined {
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || !url.pathname.startsWith(`${base}/`)) return undefined;
  const hash = decodeURIComponent(url.hash.slice(1));
  if (url.pathname === window.location.pathname) return hash.startsWith('eq-') ? { pathname: '', hash } : undefined;
  const pathname = url.pathname.slice(base.length);
  return previewDataUrl(pathname) ? { pathname, hash } : undefined;
}
