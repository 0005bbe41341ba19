import { useEffect } from 'react';

/**
 * Tells src/entry-after-paint.ts that the page's controls work, once the page (this component's
 * Suspense boundary) has been hydrated: it then presses again a button pressed before they did.
 */
export function AnnouncePageLive() {
  useEffect(() => {
    window.dispatchEvent(new Event('app:hydrated'));
  }, []);
  return null;
}
