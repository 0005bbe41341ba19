import { searchManifestUrl, type SearchManifest } from '../../shared/search/search-data';
import type { SearchEngine } from './search-engine';

/**
 * Search costs nothing until it is used: MiniSearch, the query code and the search manifest are
 * fetched the first time the search field gets focus (or the results page opens), then kept.
 * The engine fetches the shards each query needs (see search-engine.ts).
 */

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
let engine: Promise<SearchEngine> | undefined;
let loaded: SearchEngine | undefined;
const resetListeners = new Set<() => void>();

/** Loads the search engine once; a failed load is retried on the next call. */
export function loadSearchEngine(): Promise<SearchEngine> {
  if (!engine) {
    const loading = Promise.all([import('./search-engine'), fetchJson(searchManifestUrl)]).then(
      ([module, manifest]) => (loaded = module.createSearchEngine(manifest as SearchManifest, fetchJson)),
    );
    loading.catch(() => (engine = undefined));
    engine = loading;
  }
  return engine;
}

/** The search engine if it has loaded, for a first render without a loading state. */
export function loadedSearchEngine(): SearchEngine | undefined {
  return loaded;
}

/**
 * Drops the loaded engine, so the next search fetches the manifest again and then the shards it
 * lists (the dev server calls this after a content edit: shards are named by their content).
 */
export function forgetSearch(): void {
  engine = undefined;
  loaded = undefined;
  for (const listener of resetListeners) listener();
}

/** Calls `listener` whenever `forgetSearch` runs; returns the unsubscribe function. */
export function onSearchForgotten(listener: () => void): () => void {
  resetListeners.add(listener);
  return () => {
    resetListeners.delete(listener);
  };
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(base + url);
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  return response.json();
}
