import { useCallback, useEffect, useState } from 'react';
import type { SearchFormulasPayload } from '../../shared/search/search-data';
import { loadSearchEngine, loadSearchFormulas } from './load-search';
import type { SearchEngine } from './search-engine';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SearchEngineState {
  engine?: SearchEngine;
  status: SearchStatus;
  /** Starts loading the engine (does nothing once it is loading or loaded). */
  load: () => void;
}

let loaded: SearchEngine | undefined;

/** The search engine, loaded on demand by calling `load`. */
export function useSearchEngine(): SearchEngineState {
  const [engine, setEngine] = useState<SearchEngine | undefined>(loaded);
  const [status, setStatus] = useState<SearchStatus>(loaded ? 'ready' : 'idle');

  const load = useCallback(() => {
    if (loaded) {
      setEngine(loaded);
      setStatus('ready');
      return;
    }
    setStatus('loading');
    loadSearchEngine().then(
      (ready) => {
        loaded = ready;
        setEngine(ready);
        setStatus('ready');
      },
      () => {
        setStatus('error');
      },
    );
  }, []);

  return { engine, status, load };
}

/** The prerendered formulas, loaded the first time `needed` is true; undefined until then. */
export function useSearchFormulas(needed: boolean): SearchFormulasPayload | undefined {
  const [formulas, setFormulas] = useState<SearchFormulasPayload>();
  useEffect(() => {
    if (!needed || formulas) return;
    let current = true;
    loadSearchFormulas().then(
      (loadedFormulas) => {
        if (current) setFormulas(loadedFormulas);
      },
      () => undefined, // the result still shows its snippet, which has the formula as text
    );
    return () => {
      current = false;
    };
  }, [needed, formulas]);
  return formulas;
}
