import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { topicPath } from '../../shared/routes';
import { useSiteNav } from '../data/page-data-client';

/** The topics in study order, as a disclosure menu that works without JavaScript and closes on navigation. */
export function TopicMenu() {
  const { topics } = useSiteNav();
  const { pathname } = useLocation();
  const details = useRef<HTMLDetailsElement>(null);
  const shownPath = useRef(pathname);

  // Only on navigation: a menu opened before the app had loaded stays open when it does.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (details.current) details.current.open = false;
  }, [pathname]);

  return (
    <nav className="topic-menu" aria-label="Topics">
      <details ref={details}>
        <summary>Topics</summary>
        <ol className="topic-menu__list">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <Link to={topicPath(topic.slug)} aria-current={pathname === topicPath(topic.slug) ? 'page' : undefined}>
                {topic.title}
              </Link>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
