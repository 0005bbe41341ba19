import { Link } from 'react-router-dom';
import type { NotationPageData } from '../../shared/reading-data';
import { readingPageHeads } from '../../shared/page-heads';
import { notationPath } from '../../shared/reading-routes';
import { Breadcrumb } from '../components/Breadcrumb';
import { ProseHtml } from '../components/ProseHtml';
import { useDocumentHead } from '../components/use-document-head';
import { usePageData } from '../data/page-data-client';
import { RouteView } from '../routes/RouteView';
import { LinkPreviewOnIntent } from './LinkPreviewOnIntent';
import { asNotationData } from './reading-page-data';
import './reading.css';

const head = readingPageHeads.notation;

/** `/notation`: every symbol the formulas use, what it means, its macro and where it first appears. */
export default function NotationPage() {
  const data = asNotationData(usePageData(notationPath));
  if (!data) return <RouteView name="notFound" />;
  return <Notation data={data} />;
}

function Notation({ data }: { data: NotationPageData }) {
  useDocumentHead(head.title, head.description);
  return (
    <article className="page page--notation">
      <Breadcrumb crumbs={[{ label: 'Home', to: '/' }, { label: head.title }]} />
      <h1>{head.title}</h1>
      <p className="lead">
        One notation for the whole site. Symbols with a macro are written with it in every formula, so they always look
        the same.
      </p>
      <table className="notation-table" aria-label="Symbols and what they mean">
        <thead>
          <tr>
            <th scope="col">Symbol</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {data.entries.map((entry) => (
            <tr key={entry.tex}>
              <th scope="row" className="notation-table__symbol">
                <ProseHtml as="span" className="notation-table__tex" html={entry.symbolHtml} />
              </th>
              <td>
                <ProseHtml as="div" className="notation-table__meaning" html={entry.meaningHtml} />
                <p className="notation-table__where">
                  {entry.macro && (
                    <span>
                      Macro <code>{entry.macro}</code>
                    </span>
                  )}
                  {entry.firstUse && (
                    <span>
                      First used in <Link to={entry.firstUse.href}>{entry.firstUse.title}</Link>
                    </span>
                  )}
                </p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <LinkPreviewOnIntent />
    </article>
  );
}
