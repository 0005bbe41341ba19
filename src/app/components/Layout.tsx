import { Suspense, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { siteTitle } from '../site';
import { ErrorBoundary } from './ErrorBoundary';
import { UpdateNotice } from '../offline/UpdateNotice';
import { ScrollOnNavigate } from './ScrollOnNavigate';
import { SearchBox } from '../search/SearchBox';
import { StudyNav } from '../study/components/StudyNav';
import { StudyNotice } from '../study/components/StudyNotice';
import '../reading/reading.css'; // in the entry's CSS: term marks and print styles apply before any page code loads
import { TopicMenu } from './TopicMenu';

/** The page shell: skip link, header with the site name and topic menu, the page, a footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-name" to="/">
            {siteTitle}
          </Link>
          <Suspense fallback={null}>
            <TopicMenu />
          </Suspense>
          <StudyNav />
          <div className="search-slot">
            <SearchBox />
          </div>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <StudyNotice />
        <ErrorBoundary key={pathname}>{children}</ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>Written for learners preparing for machine-learning interviews and exams. Every answer cites its sources.</p>
        <p>
          <Link to="/glossary">Glossary</Link> · <Link to="/notation">Notation</Link>
        </p>
      </footer>
      <ScrollOnNavigate />
      <UpdateNotice />
    </>
  );
}
