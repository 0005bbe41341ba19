import { useCallback, useEffect, useState } from 'react';
import type { SearchFormulasPayload } from '../../shared/search/search-data';
import { loadedSearchEngine, loadSearchEngine, onSearchForgotten } from './load-search';
import type { SearchEngine } from './search-engine';
import type { SearchHit } from './search-hits';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SearchEngineState {
  engine?: SearchEngine;
  status: SearchStatus;
  /** Starts loading the engine (does nothing once it is loading or loaded). */
  load: () => void;
}

/** The search engine, loaded on demand by calling `load`. */
export function useSearchEngine(): SearchEngineState {
  const [engine, setEngine] = useState<SearchEngine | undefined>(loadedSearchEngine);
  const [status, setStatus] = useState<SearchStatus>(engine ? 'ready' : 'idle');

  const load = useCallback(() => {
    const ready = loadedSearchEngine();
    if (ready) {
      setEngine(ready);
      setStatus('ready');
      return;
    }
    setStatus('loading');
    loadSearchEngine().then(
      (loaded) => {
        setEngine(loaded);
        setStatus('ready');
      },
      () => {
        setStatus('error');
      },
    );
  }, []);

  // After a content edit in the dev server, a loaded engine names shards that no longer exist.
  useEffect(
    () =>
      onSearchForgotten(() => {
        if (engine) load();
      }),
    [engine, load],
  );

  return { engine, status, load };
}

/** The renderings of the formulas `hits` show, fetched when they are shown; undefined until then. */
export function useSearchFormulas(
  engine: SearchEngine | undefined,
  hits: readonly SearchHit[] | undefined,
): SearchFormulasPayload | undefined {
  const [formulas, setFormulas] = useState<SearchFormulasPayload>();
  const missing = hits?.flatMap((hit) => (hit.formula && !formulas?.[hit.formula] ? [hit.formula] : [])) ?? [];
  const key = [...new Set(missing)].join('\n');
  useEffect(() => {
    if (!engine || key === '') return;
    let current = true;
    engine.formulas(key.split('\n')).then(
      (found) => {
        if (current) setFormulas((known) => ({ ...known, ...found }));
      },
      () => undefined, // the result still shows its snippet, which has the formula as text
    );
    return () => {
      current = false;
    };
  }, [engine, key]);
  return formulas;
}
