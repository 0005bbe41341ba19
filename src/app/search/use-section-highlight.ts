import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/** Navigation state a search result sets, so the section it opens is highlighted on arrival. */
export interface SearchArrivalState {
  searchHighlight: true;
}

/** After a search result opens `page#heading`, highlights that section briefly (see highlightSection). */
export function useSectionHighlight(): void {
  const location = useLocation();
  const arrival = (location.state as Partial<SearchArrivalState> | null)?.searchHighlight === true;
  const id = arrival && location.hash ? decodeURIComponent(location.hash.slice(1)) : '';

  useEffect(() => {
    if (!id) return;
    let cancel: (() => void) | undefined;
    let stopped = false;
    void import('./highlight-section').then(({ highlightSection }) => {
      if (!stopped) cancel = highlightSection(id);
    });
    return () => {
      stopped = true;
      cancel?.();
    };
  }, [id, location.key]);
}
