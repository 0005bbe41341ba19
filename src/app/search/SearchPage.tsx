import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { topicPath } from '../../shared/routes';
import { searchPageHead } from '../../shared/search/search-page-head';
import { useDocumentHead } from '../components/use-document-head';
import { useSiteNav } from '../data/page-data-client';
import { SearchHitView } from './SearchHitView';
import { searchPageUrl } from './search-url';
import { useHydrated } from '../components/use-hydrated';
import { useSearchEngine, useSearchFormulas } from './use-search-engine';
import { useSearchOutcome } from './use-search-outcome';
import './search.css';

/** How many results the page lists (the dropdown lists 8). */
const pageLimit = 50;

/**
 * `/search?q=...`: every result in rank order, shareable and reloadable. The page is prerendered
 * without a query; the query is read and run after hydration.
 */
export default function SearchPage() {
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const query = hydrated ? (params.get('q') ?? '').trim() : '';
  useDocumentHead(query ? `Search: ${query.slice(0, 60)}` : searchPageHead.title, searchPageHead.description);
  const { engine, status, load } = useSearchEngine();

  useEffect(() => {
    if (query) load();
  }, [query, load]);

  const { outcome, failed } = useSearchOutcome(engine, query, pageLimit);
  const formulas = useSearchFormulas(engine, outcome?.hits);

  return (
    <article className="page search-page">
      <h1>Search</h1>
      {!hydrated && (
        // The prerendered page (and the page without JavaScript): it cannot know the query yet.
        <>
          <p className="lead">
            Search runs in your browser: results appear here once the page has loaded. Without JavaScript, every page is
            listed under its topic:
          </p>
          <TopicList />
        </>
      )}
      {hydrated && !query && (
        <>
          <p className="lead">
            Type in the search field at the top of any page: a concept, an acronym (KL, MHSA), or part of a formula
            (softmax, sqrt d_k). Press <kbd>/</kbd> to get there from anywhere.
          </p>
          <TopicList />
        </>
      )}
      {query && (status === 'error' || failed) && (
        <p role="alert">Search could not be loaded. Check your connection, then reload the page.</p>
      )}
      {query && status !== 'error' && !failed && !outcome && <p role="status">Searching…</p>}
      {outcome && outcome.total > 0 && (
        <>
          <p role="status" className="search-page__count">
            {outcome.total} result{outcome.total === 1 ? '' : 's'} for “{query.slice(0, 100)}”
            {outcome.total > outcome.hits.length ? ` (the best ${outcome.hits.length} are listed)` : ''}
          </p>
          <ol className="search-results">
            {outcome.hits.map((hit) => (
              <li key={hit.id} className="search-result">
                <SearchHitView hit={hit} formulaHtml={hit.formula ? formulas?.[hit.formula] : undefined} linked />
              </li>
            ))}
          </ol>
        </>
      )}
      {outcome?.total === 0 && (
        <>
          <p role="status" className="search-page__count">
            No results for “{query.slice(0, 100)}”.
          </p>
          {outcome.suggestions.length > 0 && (
            <p>
              Closest terms:{' '}
              {outcome.suggestions.map((name, index) => (
                <span key={name}>
                  {index > 0 && ', '}
                  <Link to={searchPageUrl(name)}>{name}</Link>
                </span>
              ))}
            </p>
          )}
          <p>Or browse the topics:</p>
          <TopicList />
        </>
      )}
    </article>
  );
}

function TopicList() {
  const { topics } = useSiteNav();
  return (
    <ul className="search-page__topics">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link to={topicPath(topic.slug)}>{topic.title}</Link>
        </li>
      ))}
    </ul>
  );
}
