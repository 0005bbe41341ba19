import { Link } from 'react-router-dom';
import type { GlossaryPageData, GlossaryPageEntry } from '../../shared/reading-data';
import { readingPageHeads } from '../../shared/page-heads';
import { glossaryPath } from '../../shared/reading-routes';
import { Breadcrumb } from '../components/Breadcrumb';
import { ProseHtml } from '../components/ProseHtml';
import { useDocumentHead } from '../components/use-document-head';
import { usePageData } from '../data/page-data-client';
import { RouteView } from '../routes/RouteView';
import { LinkPreviewOnIntent } from './LinkPreviewOnIntent';
import { asGlossaryData } from './reading-page-data';
import { useTargetHighlight } from './use-target-highlight';
import './reading.css';

const head = readingPageHeads.glossary;

/** `/glossary`: every term with its definition, where it is explained and where else it is used. */
export default function GlossaryPage() {
  const data = asGlossaryData(usePageData(glossaryPath));
  if (!data) return <RouteView name="notFound" />;
  return <Glossary data={data} />;
}

function Glossary({ data }: { data: GlossaryPageData }) {
  useDocumentHead(head.title, head.description);
  useTargetHighlight();
  const groups = groupByLetter(data.entries);
  return (
    <article className="page page--glossary">
      <Breadcrumb crumbs={[{ label: 'Home', to: '/' }, { label: head.title }]} />
      <h1>{head.title}</h1>
      <p className="lead">
        {data.entries.length} terms, each in one sentence. On every page, the first use of a term is underlined with
        dots: hover or focus it to read its definition.
      </p>
      <nav className="letter-index" aria-label="Glossary letters">
        <ul>
          {groups.map(([letter]) => (
            <li key={letter}>
              <a href={`#letter-${letter.toLowerCase()}`}>{letter}</a>
            </li>
          ))}
          {data.otherNames.length > 0 && (
            <li>
              <a href="#other-names">Other names</a>
            </li>
          )}
        </ul>
      </nav>
      {groups.map(([letter, entries]) => (
        <section key={letter} aria-labelledby={`letter-${letter.toLowerCase()}`}>
          <h2 id={`letter-${letter.toLowerCase()}`} className="letter-heading">
            {letter}
          </h2>
          <dl className="glossary-list">
            {entries.map((entry) => (
              <GlossaryItem key={entry.id} entry={entry} />
            ))}
          </dl>
        </section>
      ))}
      {data.otherNames.length > 0 && (
        <section aria-labelledby="other-names">
          <h2 id="other-names">Other names</h2>
          <p>Names, acronyms and phrasings the pages go by, each with the pages it leads to.</p>
          <ul className="other-names">
            {data.otherNames.map((other) => (
              <li key={other.name}>
                <span className="other-names__name">{other.name}</span>{' '}
                {other.pages.map((page, index) => (
                  <span key={page.href}>
                    {index > 0 && ', '}
                    <Link to={page.href}>{page.title}</Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <LinkPreviewOnIntent />
    </article>
  );
}

function GlossaryItem({ entry }: { entry: GlossaryPageEntry }) {
  return (
    <div className="glossary-entry" id={entry.id}>
      <dt>
        <dfn>{entry.term}</dfn>
        {entry.aliases.length > 0 && <span className="glossary-entry__aliases"> ({entry.aliases.join(', ')})</span>}
      </dt>
      <dd>
        <ProseHtml as="div" className="glossary-entry__definition" html={entry.definitionHtml} />
        <p className="glossary-entry__where">
          Explained in <Link to={entry.explainedIn.href}>{entry.explainedIn.title}</Link>.
        </p>
        {entry.mentionedOn.length > 0 && (
          <details className="glossary-entry__mentions">
            <summary>
              Used on {entry.mentionedOn.length} other {entry.mentionedOn.length === 1 ? 'page' : 'pages'}
            </summary>
            <ul>
              {entry.mentionedOn.map((page) => (
                <li key={page.href}>
                  <Link to={page.href}>{page.title}</Link>
                </li>
              ))}
            </ul>
          </details>
        )}
      </dd>
    </div>
  );
}

/** Entries under their first letter; terms that start with a symbol (β-VAE) go under "#". */
function groupByLetter(entries: readonly GlossaryPageEntry[]): [string, GlossaryPageEntry[]][] {
  const groups = new Map<string, GlossaryPageEntry[]>();
  for (const entry of entries) {
    const first = entry.term.charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)));
}
