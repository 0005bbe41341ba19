import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import type { Segment } from './highlight';
import type { SearchHit } from './search-hits';
import type { SearchArrivalState } from './use-section-highlight';

interface Props {
  hit: SearchHit;
  /** KaTeX's HTML of the formula the query matched inside, once the formulas are loaded. */
  formulaHtml?: string;
  /** In the dropdown the formula is decoration: the option's name stays the readable text. */
  decorativeFormula?: boolean;
  /** On the results page, the title and heading are a link to the result. */
  linked?: boolean;
}

/** What a result shows: page title › section heading, a snippet with the matched words marked, the matched formula. */
export function SearchHitView({ hit, formulaHtml, decorativeFormula = false, linked = false }: Props) {
  const where = (
    <>
      <span className="search-hit__title">
        <Marked segments={hit.titleSegments} />
      </span>
      {hit.heading && (
        <>
          <span className="search-hit__separator" aria-hidden="true">
            {' › '}
          </span>
          <span className="search-sr-only">, section: </span>
          <span className="search-hit__heading">
            <Marked segments={hit.headingSegments} />
          </span>
        </>
      )}
    </>
  );
  const arrival: SearchArrivalState = { searchHighlight: true };
  return (
    <>
      <span className="search-hit__where">
        <span className="search-hit__kind">{hit.kind === 'topic' ? 'Topic' : 'Question'}</span>{' '}
        {linked ? (
          <Link to={hit.href} state={arrival} className="search-hit__link">
            {where}
          </Link>
        ) : (
          where
        )}
      </span>
      {hit.snippet.length > 0 && (
        <span className="search-hit__snippet">
          <Marked segments={hit.snippet} />
        </span>
      )}
      {formulaHtml && (
        // HTML INJECTION POINT: KaTeX output rendered by the build from our own content (see buildSearchIndex).
        <span
          className="search-hit__formula"
          aria-hidden={decorativeFormula || undefined}
          dangerouslySetInnerHTML={{ __html: formulaHtml }}
        />
      )}
    </>
  );
}

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
  );
}
