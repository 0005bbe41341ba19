import { Link } from 'react-router-dom';
import { notFoundTitle } from '../../shared/document-head';
import { topicPath } from '../../shared/routes';
import { useDocumentHead } from '../components/use-document-head';
import { useSiteNav } from '../data/page-data-client';

export default function NotFoundPage() {
  const { topics } = useSiteNav();
  useDocumentHead(notFoundTitle, 'There is no page at this address.');
  return (
    <article className="page page--not-found">
      <h1>{notFoundTitle}</h1>
      <p className="lead">There is no page at this address. It may have been renamed, or the link has a typo.</p>
      <p>
        <Link to="/">Go to the home page</Link>, or pick a topic:
      </p>
      <ul className="topic-links">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link to={topicPath(topic.slug)}>{topic.title}</Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
