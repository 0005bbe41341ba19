import {
  searchFormulasUrl,
  searchIndexUrl,
  type SearchFormulasPayload,
  type SearchIndexPayload,
} from '../../shared/search/search-data';
import type { SearchEngine } from './search-engine';

/**
 * Search costs nothing until it is used: MiniSearch, the query code and the index are fetched
 * the first time the search field gets focus (or the results page opens), then kept.
 */

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
let engine: Promise<SearchEngine> | undefined;
let formulas: Promise<SearchFormulasPayload> | undefined;

/** Loads the search engine once; a failed load is retried on the next call. */
export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= retryable(
    Promise.all([import('./search-engine'), fetchJson<SearchIndexPayload>(searchIndexUrl)]).then(([module, payload]) =>
      module.createSearchEngine(payload),
    ),
    () => (engine = undefined),
  );
  return engine;
}

/** Loads the prerendered formulas, only when a result first needs to show one. */
export function loadSearchFormulas(): Promise<SearchFormulasPayload> {
  formulas ??= retryable(fetchJson<SearchFormulasPayload>(searchFormulasUrl), () => (formulas = undefined));
  return formulas;
}

/** Drops the loaded index, so the next search fetches it again (the dev server calls this after a content edit). */
export function forgetSearch(): void {
  engine = undefined;
  formulas = undefined;
}

function retryable<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(base + url);
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
