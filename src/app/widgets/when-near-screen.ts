/**
 * Calls `onNear` once `element` is within a screen's height of the visible part of the page (at
 * once if it already is). Returns a function that stops watching.
 */
export function whenNearScreen(element: Element, onNear: () => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      onNear();
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
  return () => {
    observer.disconnect();
  };
}
