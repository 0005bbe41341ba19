/** Space kept between a panel and its trigger, and between a panel and the window's edges. */
const gap = 8;

/**
 * Puts an absolutely positioned panel next to its trigger: below it, or above it when there is
 * more room there, shifted sideways to stay inside the window.
 */
export function placePanel(panel: HTMLElement, trigger: HTMLElement): void {
  const anchor = trigger.getBoundingClientRect();
  const size = panel.getBoundingClientRect();
  const origin = panel.offsetParent?.getBoundingClientRect() ?? { top: 0, left: 0 };
  const below = window.innerHeight - anchor.bottom;
  const top = below < size.height + gap && anchor.top > below ? anchor.top - size.height - gap : anchor.bottom + gap;
  const maxLeft = document.documentElement.clientWidth - size.width - gap;
  const left = Math.max(gap, Math.min(anchor.left, maxLeft));
  panel.style.top = `${top - origin.top}px`;
  panel.style.left = `${left - origin.left}px`;
}
