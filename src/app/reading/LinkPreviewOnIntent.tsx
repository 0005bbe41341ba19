import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { matchLink } from './preview-links';

const LinkPreview = lazy(() => import('./LinkPreview'));

/**
 * Link previews cost nothing until they are wanted: the preview code is fetched the first time the
 * reader points at or focuses a link that can be previewed, and that link's card then opens as usual.
 */
export function LinkPreviewOnIntent() {
  const [wanted, setWanted] = useState(false);
  // The link the reader is on while the code loads: the preview opens for it if they are still there.
  const current = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const listeners = new AbortController();
    const { signal } = listeners;
    const onEnter = (event: Event) => {
      const link = event.target instanceof Element ? matchLink(event.target) : null;
      if (!link) return;
      current.current = link;
      setWanted(true);
    };
    const onLeave = (event: Event) => {
      if (event.target instanceof Element && matchLink(event.target) === current.current) current.current = null;
    };
    document.addEventListener('pointerover', onEnter, { signal });
    document.addEventListener('focusin', onEnter, { signal });
    document.addEventListener('pointerout', onLeave, { signal });
    document.addEventListener('focusout', onLeave, { signal });
    return () => {
      listeners.abort();
    };
  }, []);

  return wanted ? (
    <Suspense fallback={null}>
      <LinkPreview initial={current} />
    </Suspense>
  ) : null;
}
