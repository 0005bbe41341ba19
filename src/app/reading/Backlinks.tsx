import { Link } from 'react-router-dom';
import type { PageRef } from '../../shared/reading-data';

/** "Referenced by": the pages whose text links to this one (from the build). */
export function Backlinks({ pages }: { pages: readonly PageRef[] | undefined }) {
  if (!pages || pages.length === 0) return null;
  return (
    <section className="backlinks" aria-labelledby="referenced-by">
      <h2 id="referenced-by">Referenced by</h2>
      <ul>
        {pages.map((page) => (
          <li key={page.href}>
            <span className="backlinks__kind">{page.kind === 'topic' ? 'Topic' : 'Question'}</span>{' '}
            <Link to={page.href}>{page.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
