import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Marks the element the URL's `#hash` points to with `.is-target`. CSS `:target` only follows
 * full page loads and real hash changes, not the client-side navigation that links in the app use.
 */
export function useTargetHighlight(): void {
  const { hash } = useLocation();
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    target?.classList.add('is-target');
    return () => target?.classList.remove('is-target');
  }, [hash]);
}
