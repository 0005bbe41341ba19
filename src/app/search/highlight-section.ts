const highlightClass = 'search-target';
const highlightMs = 3000;
/** About two seconds of frames: the page's data may still be loading when the URL changes. */
const maxFrames = 120;

/**
 * Marks the section whose heading has `id` (the heading and everything up to the next heading of
 * the same or a higher level) for a moment, scrolls to it and moves focus to the heading, so
 * keyboard and screen-reader users continue from there. Waits for the heading to appear.
 * The fade is CSS (see search.css), a still highlight when the user prefers reduced motion.
 * Returns a function that cancels it.
 */
export function highlightSection(id: string): () => void {
  let frame = 0;
  let timer = 0;
  let marked: Element[] = [];
  const attempt = (remaining: number) => {
    const heading = document.getElementById(id);
    if (!heading) {
      if (remaining > 0) {
        frame = requestAnimationFrame(() => {
          attempt(remaining - 1);
        });
      }
      return;
    }
    marked = sectionOf(heading);
    for (const element of marked) element.classList.add(highlightClass);
    heading.scrollIntoView({ block: 'start' });
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    timer = window.setTimeout(unmark, highlightMs);
  };
  const unmark = () => {
    for (const element of marked) element.classList.remove(highlightClass);
  };
  attempt(maxFrames);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    unmark();
  };
}

function sectionOf(heading: HTMLElement): Element[] {
  const level = headingLevel(heading);
  const elements: Element[] = [heading];
  if (level === undefined) return elements;
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    const nextLevel = headingLevel(next);
    if (nextLevel !== undefined && nextLevel <= level) break;
    elements.push(next);
  }
  return elements;
}

function headingLevel(element: Element): number | undefined {
  const match = /^H([1-6])$/.exec(element.tagName);
  return match ? Number(match[1]) : undefined;
}
