import {
  lazy,
  Suspense,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { SearchPopupHandle } from './SearchPopup';
import { searchPagePath, searchPageUrl } from './search-url';
import { useHydrated } from '../components/use-hydrated';
import { useSearchShortcuts } from './use-search-shortcuts';
import { useSectionHighlight } from './use-section-highlight';
import './search.css';

// The list, its results and the engine behind them load on first focus: the field itself is all
// that every page carries.
const SearchPopup = lazy(() => import('./SearchPopup'));

/**
 * The search field of the header: a combobox with a listbox of results (WAI-ARIA APG pattern,
 * "list autocomplete without automatic selection"). Without JavaScript it is a plain GET form to
 * the results page.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const hydrated = useHydrated();
  const input = useRef<HTMLInputElement>(null);
  const popup = useRef<SearchPopupHandle>(null);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const [activeId, setActiveId] = useState<string>();
  const id = useId();

  useSearchShortcuts(input);
  useSectionHighlight();

  // On the results page the field shows the query (after hydration: the prerendered page has none).
  const pageQuery = hydrated && pathname === searchPagePath ? (new URLSearchParams(search).get('q') ?? '') : undefined;
  const [shownPageQuery, setShownPageQuery] = useState<string>();
  if (pageQuery !== shownPageQuery) {
    setShownPageQuery(pageQuery);
    if (pageQuery !== undefined) setValue(pageQuery);
  }

  const expanded = open && value.trim() !== '';
  const start = () => {
    setUsed(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        start();
        if (!expanded) {
          setOpen(true);
          if (event.altKey) return;
        }
        popup.current?.move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter':
        // With an active option, open it; otherwise the form submits: the results page.
        if (popup.current?.chooseActive()) event.preventDefault();
        return;
      case 'Escape':
        event.preventDefault();
        if (expanded) setOpen(false);
        else setValue('');
        return;
    }
  };

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (value.trim() === '') return;
    setOpen(false);
    void navigate(searchPageUrl(value));
  };

  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    <form
      role="search"
      className="search-box"
      action={`${import.meta.env.BASE_URL}search`}
      method="get"
      onSubmit={onSubmit}
      onBlur={onBlur}
    >
      <label htmlFor={`${id}-input`} className="search-sr-only">
        Search
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className="search-box__input"
        type="search"
        name="q"
        placeholder="Search"
        autoComplete="off"
        enterKeyHint="search"
        maxLength={5000}
        value={value}
        role={hydrated ? 'combobox' : undefined}
        aria-expanded={hydrated ? expanded : undefined}
        aria-controls={hydrated ? `${id}-listbox` : undefined}
        aria-autocomplete={hydrated ? 'list' : undefined}
        aria-activedescendant={expanded ? activeId : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          start();
        }}
        onFocus={start}
        onClick={() => {
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-box__hint" aria-hidden="true">
        /
      </kbd>
      {used && (
        <Suspense fallback={expanded && <LoadingPopup />}>
          <SearchPopup
            ref={popup}
            query={value}
            expanded={expanded}
            idPrefix={id}
            onActiveChange={setActiveId}
            onDone={(clear) => {
              setOpen(false);
              if (clear) setValue('');
            }}
            onQuery={(query) => {
              setValue(query);
              input.current?.focus();
            }}
          />
        </Suspense>
      )}
    </form>
  );
}

function LoadingPopup() {
  return (
    <div className="search-box__popup">
      <p className="search-box__message" role="status">
        Loading search…
      </p>
    </div>
  );
}
