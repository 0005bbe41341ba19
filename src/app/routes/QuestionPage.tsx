import { Link, useLocation } from 'react-router-dom';
import type { QuestionPageData } from '../../shared/page-data';
import { topicPath } from '../../shared/routes';
import { Breadcrumb } from '../components/Breadcrumb';
import { ProseHtml } from '../components/ProseHtml';
import { QuestionList } from '../components/QuestionList';
import { TableOfContents } from '../components/TableOfContents';
import { useDocumentHead } from '../components/use-document-head';
import { usePageData } from '../data/page-data-client';
import { PathPager } from '../study/components/PathPager';
import { SelfTest } from '../study/components/SelfTest';
import { StudyPanel } from '../study/components/StudyPanel';
import { Backlinks } from '../reading/Backlinks';
import { PageMeta } from '../reading/PageMeta';
import { ReadingAids } from '../reading/ReadingAids';
import { RouteView } from './RouteView';

export default function QuestionPage() {
  const page = usePageData(useLocation().pathname);
  if (page?.kind !== 'question') return <RouteView name="notFound" />;
  return <Question page={page} />;
}

function Question({ page }: { page: QuestionPageData }) {
  useDocumentHead(page.title, page.summaryText);
  const headings = [
    { depth: 2 as const, id: 'short-answer', text: 'Short answer' },
    ...page.headings,
    ...(page.prerequisites.length > 0 ? [{ depth: 2 as const, id: 'before-this', text: 'Before this' }] : []),
    ...(page.followUps.length > 0 ? [{ depth: 2 as const, id: 'follow-ups', text: 'Follow-up questions' }] : []),
    ...(page.backlinks?.length ? [{ depth: 2 as const, id: 'referenced-by', text: 'Referenced by' }] : []),
  ];

  return (
    <article className="page page--question">
      <Breadcrumb
        crumbs={[
          { label: 'Home', to: '/' },
          { label: page.topic.title, to: topicPath(page.topic.slug) },
          { label: 'Question' },
        ]}
      />
      <h1>{page.title}</h1>
      <PageMeta page={page} />
      <div className="page__layout">
        <aside className="page__aside">
          <TableOfContents headings={headings} />
        </aside>
        <div className="page__body">
          <SelfTest slug={page.slug}>
            <section className="short-answer" aria-labelledby="short-answer">
              <h2 id="short-answer">Short answer</h2>
              <ProseHtml as="div" className="short-answer__text" html={page.summaryHtml} field="summaryHtml" />
            </section>
            <ProseHtml html={page.html} field="html" />
          </SelfTest>
          <StudyPanel slug={page.slug} />
          {page.prerequisites.length > 0 && (
            <section aria-labelledby="before-this">
              <h2 id="before-this">Before this</h2>
              <QuestionList questions={page.prerequisites} />
            </section>
          )}
          {page.followUps.length > 0 && (
            <section aria-labelledby="follow-ups">
              <h2 id="follow-ups">Follow-up questions</h2>
              <QuestionList questions={page.followUps} />
            </section>
          )}
          <Backlinks pages={page.backlinks} />
          <p className="back-to-topic">
            Part of <Link to={topicPath(page.topic.slug)}>{page.topic.title}</Link>.
          </p>
          <PathPager previous={page.previous} next={page.next} />
        </div>
      </div>
      <ReadingAids terms={page.glossaryTerms} />
    </article>
  );
}
