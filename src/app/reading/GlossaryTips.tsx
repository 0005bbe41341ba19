import { useEffect, useLayoutEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { pageField } from '../../shared/first-visit-data';
import type { MarkedTerm } from '../../shared/reading-data';
import { placePanel } from './place-panel';
import { useHoverFocus } from './use-hover-focus';

const matchTerm = (target: Element) => target.closest<HTMLElement>('.prose .gloss-term');
const options = { match: matchTerm, hoverDelay: 150, focusDelay: 0 };

/**
 * The definitions of the glossary terms marked in the page's body, as tooltips. Each marked term
 * (`<span class="gloss-term" tabindex="0" aria-describedby="gloss-<id>">`, from the build) is
 * described by its tooltip even while it is hidden; hovering or focusing the term shows it.
 */
export function GlossaryTips({ terms }: { terms: readonly MarkedTerm[] }) {
  const { trigger, panelRef } = useHoverFocus(options, useLocation().pathname);
  const openId = trigger?.dataset.term;

  useLayoutEffect(() => {
    if (trigger && panelRef.current) placePanel(panelRef.current, trigger);
  }, [trigger, panelRef]);

  // Not every touch browser focuses a tapped element that is not a control: focus it, which opens the tip.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const term = event.target instanceof Element ? matchTerm(event.target) : null;
      if (term && document.activeElement !== term) term.focus();
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
    };
  }, []);

  if (terms.length === 0) return null;
  return (
    <div className="gloss-tips" ref={panelRef}>
      {terms.map((term, index) => (
        <div key={term.id} id={`gloss-${term.id}`} role="tooltip" className="gloss-tip" hidden={term.id !== openId}>
          <strong className="gloss-tip__term">{term.term}</strong>{' '}
          {/* HTML INJECTION POINT: definitions compiled by the build from content/glossary.yaml (raw HTML refused, KaTeX trust off). */}
          <span
            {...pageField(`glossaryTerms.${index}.definitionHtml`)}
            dangerouslySetInnerHTML={{ __html: term.definitionHtml }}
          />
        </div>
      ))}
    </div>
  );
}
