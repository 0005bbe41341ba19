import { useEffect, useRef, useState, type RefObject } from 'react';

export interface HoverFocusOptions {
  /** The trigger an event target belongs to, if any (must be a stable function). */
  match: (target: Element) => HTMLElement | null;
  /** Milliseconds of hovering before the panel opens. */
  hoverDelay: number;
  /** Milliseconds of keyboard focus before the panel opens. */
  focusDelay: number;
}

/** Time to move the pointer from the trigger onto the panel without it closing. */
const closeDelay = 200;

/**
 * The trigger whose floating panel is open: opened by hovering (mouse, pen) or focusing a trigger
 * after a delay, kept open while the pointer is on the trigger or the panel, closed on leaving,
 * blur, Esc (until the pointer leaves), a tap elsewhere and navigation. Touch opens a panel
 * through focus.
 * Listens on the document, so it works for triggers inside compiled HTML.
 */
export function useHoverFocus(
  { match, hoverDelay, focusDelay }: HoverFocusOptions,
  pathname: string,
  /** A trigger the reader was already on when the hook started (it gets no new pointerover or focus event). */
  initial?: RefObject<HTMLElement | null>,
) {
  const [trigger, setTrigger] = useState<HTMLElement | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let openTimer: ReturnType<typeof setTimeout> | undefined;
    let closeTimer: ReturnType<typeof setTimeout> | undefined;
    let current: HTMLElement | null = null;
    let dismissed: HTMLElement | null = null;
    const inPanel = (node: EventTarget | null) => node instanceof Node && Boolean(panelRef.current?.contains(node));
    const triggerOf = (node: EventTarget | null) => (node instanceof Element ? match(node) : null);

    const open = (element: HTMLElement, delay: number) => {
      clearTimeout(closeTimer);
      clearTimeout(openTimer);
      if (current === element) return;
      openTimer = setTimeout(() => {
        current = element;
        setTrigger(element);
      }, delay);
    };
    const close = (delay: number) => {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => {
        current = null;
        setTrigger(null);
      }, delay);
    };

    const onPointerOver = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      const element = triggerOf(event.target);
      if (element && element !== dismissed) open(element, hoverDelay);
      else if (inPanel(event.target)) clearTimeout(closeTimer);
    };
    const onPointerOut = (event: PointerEvent) => {
      const from = triggerOf(event.target);
      if (!from && !inPanel(event.target)) return;
      const to = event.relatedTarget;
      if (inPanel(to) || (to instanceof Node && (from ?? current)?.contains(to))) return;
      if (from === dismissed) dismissed = null;
      if (document.activeElement !== current || current === null) close(closeDelay);
    };
    const onFocusIn = (event: FocusEvent) => {
      const element = triggerOf(event.target);
      if (element) open(element, focusDelay);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!triggerOf(event.target)) return;
      dismissed = null;
      close(0);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !current) return;
      dismissed = current;
      close(0);
    };
    // A tap or click elsewhere closes the panel, even where tapping moves no focus (iOS).
    const onPointerDown = (event: PointerEvent) => {
      if (!current || inPanel(event.target) || (event.target instanceof Node && current.contains(event.target))) return;
      close(0);
    };
    const onResize = () => {
      close(0);
    };

    // One signal removes every listener on cleanup.
    const listeners = new AbortController();
    const { signal } = listeners;
    document.addEventListener('pointerover', onPointerOver, { signal });
    document.addEventListener('pointerout', onPointerOut, { signal });
    document.addEventListener('focusin', onFocusIn, { signal });
    document.addEventListener('focusout', onFocusOut, { signal });
    document.addEventListener('keydown', onKeyDown, { signal });
    document.addEventListener('pointerdown', onPointerDown, { signal });
    window.addEventListener('resize', onResize, { signal });
    // A trigger focused before the page hydrated (or before this mounted) opens as if focused now.
    const already = initial?.current ?? triggerOf(document.activeElement);
    if (already) open(already, document.activeElement === already ? focusDelay : hoverDelay);
    return () => {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      listeners.abort();
      setTrigger(null);
    };
  }, [match, hoverDelay, focusDelay, pathname, initial]);

  return { trigger, panelRef };
}
