import { use, useSyncExternalStore } from 'react';
import { siteNavOf, type ContentPageData, type SiteData, type SiteNav } from '../../shared/page-data';
import { showsWholeSiteData } from '../../shared/first-visit-data';
import { pageDataUrl, siteDataUrl } from '../../shared/routes';
import { createResourceCache } from './resource-cache';

/** The page data files the build emits, fetched once per URL and cached. */

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

async function fetchJson<T>(url: string): Promise<T | null> {
  const response = await fetch(base + url);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const siteDataCache = createResourceCache(async (url) => {
  const site = await fetchJson<SiteData>(url);
  if (!site) throw new Error('the site data is missing');
  return site;
});

/** The part of the site data most pages show; a first visit carries just this (see FirstVisitData). */
export const siteNavCache = createResourceCache(async (url) => siteNavOf(await siteDataCache.get(url)));

export const pageDataCache = createResourceCache((url) => fetchJson<ContentPageData>(url));

/** The whole site data (title, topics with their summaries, path start), for the home page. Suspends until loaded. */
export function useSiteData(): SiteData {
  useContentVersion();
  return use(siteDataCache.get(siteDataUrl));
}

/** The topics to link to, in study order. Suspends until loaded. */
export function useSiteNav(): SiteNav {
  useContentVersion();
  return use(siteNavCache.get(siteDataUrl));
}

/** The data of the content page at `pathname`, or null if there is no such page. Suspends until loaded. */
export function usePageData(pathname: string): ContentPageData | null {
  useContentVersion();
  const url = pageDataUrl(pathname);
  return url ? use(pageDataCache.get(url)) : null;
}

/** Loads what the page at `pathname` needs, so that it renders without suspending. */
export async function preloadPageData(pathname: string): Promise<void> {
  const url = pageDataUrl(pathname);
  await Promise.all([
    siteNavCache.get(siteDataUrl),
    showsWholeSiteData(pathname) && siteDataCache.get(siteDataUrl),
    url && pageDataCache.get(url),
  ]);
}

// In development the content can change under a running page: bumping the version re-renders readers.
let contentVersion = 0;
const listeners = new Set<() => void>();

/**
 * Drops the cached data after a content change and re-renders the readers. The open page's data
 * is fetched first, so the page stays on screen meanwhile: a reader that suspended would show the
 * loading fallback, and React keeps a fallback it has shown for at least 300 ms.
 */
export function invalidateContent(): void {
  const url = pageDataUrl(window.location.pathname.slice(base.length) || '/');
  const refetched = Promise.all([fetchJson<SiteData>(siteDataUrl), url ? fetchJson<ContentPageData>(url) : null]);
  void refetched
    .then(([site, page]) => {
      clearSiteData();
      pageDataCache.clear();
      if (site) primeSiteData(site);
      if (url) pageDataCache.prime(url, page);
    })
    .catch(() => {
      // The readers load again, and the error boundary reports what fails.
      clearSiteData();
      pageDataCache.clear();
    })
    .finally(() => {
      contentVersion++;
      for (const listener of listeners) listener();
    });
}

/** Primes both site data caches (the server renders with the whole site data). */
export function primeSiteData(site: SiteData): void {
  siteDataCache.prime(siteDataUrl, site);
  siteNavCache.prime(siteDataUrl, siteNavOf(site));
}

export function clearSiteData(): void {
  siteDataCache.clear();
  siteNavCache.clear();
}

function useContentVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => contentVersion,
    () => contentVersion,
  );
}
