import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';
import { placePanel } from './place-panel';
import { destinationOf, matchLink } from './preview-links';
import { loadPreview } from './preview-data-client';
import { useHoverFocus } from './use-hover-focus';

interface Card {
  title: string;
  context?: string;
  /** HTML compiled by the build (a short answer, a summary or an equation). */
  html: string;
  /** An equation: a wider card, so that the formula is seen whole. */
  wide?: boolean;
}

const options = { match: matchLink, hoverDelay: 400, focusDelay: 600 };

/**
 * A preview card for links to other topics and questions (and to equations): shown after a short
 * hover or focus, with the page's title and short answer, or the equation the link points to.
 * The data comes from small per-page files, loaded on first use; the link itself works as usual.
 * `initial` holds the link the reader is already pointing at or focusing when this mounts
 * (it is loaded on that intent, see LinkPreviewOnIntent).
 */
export default function LinkPreview({ initial }: { initial?: RefObject<HTMLElement | null> }) {
  const { trigger, panelRef } = useHoverFocus(options, useLocation().pathname, initial);
  const [loaded, setLoaded] = useState<{ trigger: HTMLElement; card: Card } | null>(null);
  const card = trigger && loaded?.trigger === trigger ? loaded.card : null;

  useEffect(() => {
    if (!trigger) return;
    let current = true;
    loadCard(trigger).then(
      (result) => {
        if (current && result) setLoaded({ trigger, card: result });
      },
      () => undefined, // No preview: the link still works.
    );
    return () => {
      current = false;
    };
  }, [trigger]);

  useLayoutEffect(() => {
    if (!card || !trigger || !panelRef.current) return;
    placePanel(panelRef.current, trigger);
    trigger.setAttribute('aria-describedby', 'link-preview');
    return () => {
      trigger.removeAttribute('aria-describedby');
    };
  }, [card, trigger, panelRef]);

  return (
    <div
      ref={panelRef}
      id="link-preview"
      role="tooltip"
      className={card?.wide ? 'link-preview link-preview--wide' : 'link-preview'}
      hidden={!card}
    >
      {card && (
        <>
          <p className="link-preview__title">{card.title}</p>
          {card.context && <p className="link-preview__context">{card.context}</p>}
          {/* HTML INJECTION POINT: a short answer or equation compiled by the build from our content, or copied from this page's own DOM. */}
          <div className="link-preview__body" dangerouslySetInnerHTML={{ __html: card.html }} />
        </>
      )}
    </div>
  );
}

async function loadCard(anchor: HTMLElement): Promise<Card | undefined> {
  const destination = anchor instanceof HTMLAnchorElement ? destinationOf(anchor) : undefined;
  if (!destination) return undefined;
  if (!destination.pathname) {
    const equation = document.getElementById(destination.hash);
    return equation ? { title: 'Equation on this page', html: equation.innerHTML, wide: true } : undefined;
  }
  const preview = await loadPreview(destination.pathname);
  const equation = preview.equations.find((candidate) => candidate.id === destination.hash);
  return equation
    ? { title: preview.title, context: `Equation (${equation.number})`, html: equation.html, wide: true }
    : { title: preview.title, context: preview.topicTitle, html: preview.summaryHtml };
}
