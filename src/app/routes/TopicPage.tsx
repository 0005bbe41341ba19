import { Link, useLocation } from 'react-router-dom';
import type { TopicPageData } from '../../shared/page-data';
import { topicPath } from '../../shared/routes';
import { Breadcrumb } from '../components/Breadcrumb';
import { ProseHtml } from '../components/ProseHtml';
import { QuestionList } from '../components/QuestionList';
import { TableOfContents } from '../components/TableOfContents';
import { useDocumentHead } from '../components/use-document-head';
import { usePageData } from '../data/page-data-client';
import { Backlinks } from '../reading/Backlinks';
import { PageMeta } from '../reading/PageMeta';
import { ReadingAids } from '../reading/ReadingAids';
import { RouteView } from './RouteView';

export default function TopicPage() {
  const page = usePageData(useLocation().pathname);
  if (page?.kind !== 'topic') return <RouteView name="notFound" />;
  return <Topic page={page} />;
}

function Topic({ page }: { page: TopicPageData }) {
  useDocumentHead(page.title, page.summary);
  const headings = [
    ...page.headings,
    { depth: 2 as const, id: 'questions', text: 'Questions' },
    ...(page.backlinks?.length ? [{ depth: 2 as const, id: 'referenced-by', text: 'Referenced by' }] : []),
  ];

  return (
    <article className="page page--topic">
      <Breadcrumb crumbs={[{ label: 'Home', to: '/' }, { label: page.title }]} />
      <h1>{page.title}</h1>
      <p className="lead">{page.summary}</p>
      <PageMeta page={page} />
      <div className="page__layout">
        <aside className="page__aside">
          <TableOfContents headings={headings} />
        </aside>
        <div className="page__body">
          <ProseHtml html={page.html} field="html" />
          <section aria-labelledby="questions" className="topic-questions">
            <h2 id="questions">Questions</h2>
            <p>Work through them in this order; each builds on the ones before.</p>
            <QuestionList questions={page.questions} withAnswers ordered field="questions" />
          </section>
          <Backlinks pages={page.backlinks} />
          <nav className="pager" aria-label="Previous and next topic">
            {page.previous && (
              <Link className="pager__previous" to={topicPath(page.previous.slug)} rel="prev">
                <span className="pager__label">Previous topic</span> {page.previous.title}
              </Link>
            )}
            {page.next && (
              <Link className="pager__next" to={topicPath(page.next.slug)} rel="next">
                <span className="pager__label">Next topic</span> {page.next.title}
              </Link>
            )}
          </nav>
        </div>
      </div>
      <ReadingAids terms={page.glossaryTerms} />
    </article>
  );
}
