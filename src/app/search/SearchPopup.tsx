import { useEffect, useImperativeHandle, useState, type Ref } from 'react';
import { useNavigate } from 'react-router-dom';
import { preloadPageData } from '../data/page-data-client';
import { preloadRoute } from '../routes/route-table';
import { SearchHitView } from './SearchHitView';
import type { SearchHit } from './search-hits';
import { searchPageUrl } from './search-url';
import { useSearchEngine, useSearchFormulas } from './use-search-engine';
import { useSearchOutcome } from './use-search-outcome';
import type { SearchArrivalState } from './use-section-highlight';

/** How many results the dropdown lists; the results page lists more. */
const dropdownLimit = 8;

type Option = { kind: 'hit'; hit: SearchHit } | { kind: 'all'; total: number } | { kind: 'suggestion'; name: string };

/** What the search field asks of the list: keyboard moves and choices happen in the field. */
export interface SearchPopupHandle {
  /** Moves the active option by one (1 down, -1 up), wrapping around. */
  move(step: 1 | -1): void;
  /** Opens the active option; false when there is none (the form then submits). */
  chooseActive(): boolean;
}

interface Props {
  ref: Ref<SearchPopupHandle>;
  query: string;
  expanded: boolean;
  /** Ids for the listbox and its options (the field points at them). */
  idPrefix: string;
  onActiveChange: (optionId: string | undefined) => void;
  /** A result or the results page was opened: the field closes (and empties after a result). */
  onDone: (clear: boolean) => void;
  /** A suggestion was chosen: it becomes the query. */
  onQuery: (query: string) => void;
}

/**
 * The results list of the search field (loaded with the search engine on first focus): the
 * listbox of the combobox, its status messages and what choosing an option does.
 */
export default function SearchPopup({ ref, query, expanded, idPrefix, onActiveChange, onDone, onQuery }: Props) {
  const navigate = useNavigate();
  const { engine, status, load } = useSearchEngine();
  const [active, setActive] = useState(-1);
  const [activeQuery, setActiveQuery] = useState(query);
  const optionId = (index: number) => `${idPrefix}-option-${index}`;

  useEffect(load, [load]);

  // A new query (or closing the list) starts again with no active option.
  if (activeQuery !== query || (!expanded && active !== -1)) {
    setActiveQuery(query);
    setActive(-1);
  }

  const { outcome, failed } = useSearchOutcome(engine, query, dropdownLimit, { keepPrevious: true });
  const shownStatus = failed ? 'error' : status;
  const options: Option[] = outcome
    ? outcome.total > 0
      ? [...outcome.hits.map((hit): Option => ({ kind: 'hit', hit })), { kind: 'all', total: outcome.total }]
      : outcome.suggestions.map((name): Option => ({ kind: 'suggestion', name }))
    : [];
  const formulas = useSearchFormulas(engine, expanded ? outcome?.hits : undefined);

  useEffect(() => {
    onActiveChange(expanded && active >= 0 ? optionId(active) : undefined);
    // The option chosen with the arrow keys stays in view (the page scrolls if the list is long).
    if (expanded && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (option: Option) => {
    if (option.kind === 'suggestion') {
      onQuery(option.name);
      return;
    }
    onDone(option.kind === 'hit');
    if (option.kind === 'all') {
      void navigate(searchPageUrl(query));
      return;
    }
    const { href } = option.hit;
    const path = href.split('#')[0]!;
    const state: SearchArrivalState = { searchHighlight: true };
    // Load the page before navigating, so it renders at once and lands on the section.
    void Promise.all([preloadRoute(path), preloadPageData(path)])
      .catch(() => undefined)
      .then(() => navigate(href, { state }));
  };

  useImperativeHandle(ref, () => ({
    move(step) {
      const count = options.length;
      if (count === 0) return;
      setActive((current) => (current === -1 ? (step === 1 ? 0 : count - 1) : (current + step + count) % count));
    },
    chooseActive() {
      const option = expanded ? options[active] : undefined;
      if (option) choose(option);
      return option !== undefined;
    },
  }));

  return (
    <>
      <div className="search-box__popup" hidden={!expanded}>
        {expanded && <PopupMessage status={shownStatus} total={outcome?.total} hasSuggestions={options.length > 0} />}
        <ul
          id={`${idPrefix}-listbox`}
          role="listbox"
          aria-label="Search results"
          className="search-box__list"
          // Keep focus in the field while an option is clicked.
          onMouseDown={(event) => {
            event.preventDefault();
          }}
        >
          {expanded &&
            options.map((option, index) => (
              <li
                key={option.kind === 'hit' ? option.hit.id : `${option.kind}-${index}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={`search-box__option search-box__option--${option.kind}`}
                onClick={() => {
                  choose(option);
                }}
                onMouseMove={() => {
                  if (active !== index) setActive(index);
                }}
              >
                <OptionContent option={option} query={query} formulas={formulas} />
              </li>
            ))}
        </ul>
      </div>
      <p role="status" className="search-sr-only">
        {expanded ? announcement(shownStatus, outcome?.total, outcome?.hits.length ?? 0) : ''}
      </p>
    </>
  );
}

function OptionContent({
  option,
  query,
  formulas,
}: {
  option: Option;
  query: string;
  formulas?: Record<string, string>;
}) {
  switch (option.kind) {
    case 'hit':
      return (
        <SearchHitView
          hit={option.hit}
          formulaHtml={option.hit.formula ? formulas?.[option.hit.formula] : undefined}
          decorativeFormula
        />
      );
    case 'all':
      return (
        <>
          See all {option.total} results for “<span className="search-box__query">{query.trim().slice(0, 60)}</span>”
        </>
      );
    case 'suggestion':
      return <>Search for “{option.name}”</>;
  }
}

function PopupMessage({ status, total, hasSuggestions }: { status: string; total?: number; hasSuggestions: boolean }) {
  if (status === 'error') {
    return <p className="search-box__message">Search could not be loaded. Check your connection and try again.</p>;
  }
  if (total === undefined) return <p className="search-box__message">Loading search…</p>;
  if (total > 0) return null;
  return (
    <p className="search-box__message">
      No results.{hasSuggestions ? ' Did you mean:' : ' Try another word, or browse the topics.'}
    </p>
  );
}

function announcement(status: string, total: number | undefined, shown: number): string {
  if (status === 'error') return 'Search could not be loaded.';
  if (total === undefined) return 'Loading search…';
  if (total === 0) return 'No results.';
  return `${total} result${total === 1 ? '' : 's'}, ${shown} shown. Use the up and down arrow keys to choose one.`;
}
