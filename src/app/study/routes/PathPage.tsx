import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { questionPath, topicPath } from '../../../shared/routes';
import { studyPageHeads } from '../../../shared/page-heads';
import { listPathQuestions, reviewPagePath } from '../../../shared/study-path';
import { Breadcrumb } from '../../components/Breadcrumb';
import { TableOfContents } from '../../components/TableOfContents';
import { useDocumentHead } from '../../components/use-document-head';
import { BackupControls } from '../components/BackupControls';
import { ProgressBar } from '../components/ProgressBar';
import { StatusBadge } from '../components/StatusBadge';
import '../components/study.css';
import { useStudyPath } from '../path/path-data-client';
import { summarizeProgress } from '../progress/summarize-progress';
import { useNow } from '../use-now';
import { useDropRemovedQuestions, useStudySnapshot } from '../use-study';

const PrerequisiteMap = lazy(() => import('../map/PrerequisiteMap'));

const head = studyPageHeads.path;

/** `/path`: every question in study order with the learner's status, the prerequisite map, and backups. */
export default function PathPage() {
  useDocumentHead(head.title, head.description);
  const path = useStudyPath();
  const snapshot = useStudySnapshot();
  const now = useNow();
  useDropRemovedQuestions(path);
  const progress = snapshot && summarizeProgress(snapshot.state, listPathQuestions(path), now);
  const headings = [
    { depth: 2 as const, id: 'your-progress', text: 'Your progress' },
    ...path.topics.map((topic) => ({ depth: 2 as const, id: `path-${topic.slug}`, text: topic.title })),
    { depth: 2 as const, id: 'prerequisite-map', text: 'Prerequisite map' },
    { depth: 2 as const, id: 'your-data', text: 'Your data' },
  ];
  const firstNumbers = path.topics.map((_, index) =>
    path.topics.slice(0, index).reduce((sum, topic) => sum + topic.questions.length, 1),
  );

  return (
    <article className="page page--path">
      <Breadcrumb crumbs={[{ label: 'Home', to: '/' }, { label: head.title }]} />
      <h1>{head.title}</h1>
      <p className="lead">
        Every question in the order to study it: topic by topic, and within a topic each question after the questions it
        builds on. Rate each answer on its page; the questions you need to see again come back in your{' '}
        <Link to={reviewPagePath}>review</Link>.
      </p>
      <div className="page__layout">
        <aside className="page__aside">
          <TableOfContents headings={headings} />
        </aside>
        <div className="page__body">
          <section aria-labelledby="your-progress">
            <h2 id="your-progress">Your progress</h2>
            {progress ? (
              <>
                <ProgressBar value={progress.studied} max={progress.total} />
                <p>
                  {progress.known} known, {progress.studied - progress.known} still learning,{' '}
                  {progress.due === 0 ? (
                    'nothing due for review.'
                  ) : (
                    <>
                      <Link to={reviewPagePath}>{progress.due} due for review</Link>.
                    </>
                  )}
                </p>
              </>
            ) : (
              <p>Your progress is saved in this browser; it shows here once the page has loaded.</p>
            )}
          </section>

          {path.topics.map((topic, index) => {
            const topicProgress = snapshot && summarizeProgress(snapshot.state, topic.questions, now);
            return (
              <section key={topic.slug} aria-labelledby={`path-${topic.slug}`} className="path-topic">
                <h2 id={`path-${topic.slug}`}>
                  <Link to={topicPath(topic.slug)}>{topic.title}</Link>
                </h2>
                {topicProgress && (
                  <ProgressBar value={topicProgress.studied} max={topicProgress.total} label="studied" />
                )}
                <ol className="path-list" start={firstNumbers[index]}>
                  {topic.questions.map((question) => (
                    <li key={question.slug}>
                      <Link to={questionPath(question.slug)}>{question.title}</Link>
                      {snapshot && <StatusBadge card={snapshot.state.cards[question.slug]} now={now} />}
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}

          <section aria-labelledby="prerequisite-map">
            <h2 id="prerequisite-map">Prerequisite map</h2>
            {snapshot ? (
              <Suspense fallback={<p className="loading">Loading the map…</p>}>
                <PrerequisiteMap path={path} state={snapshot.state} />
              </Suspense>
            ) : (
              <p>The map of prerequisites, coloured by your progress, shows here once the page has loaded.</p>
            )}
          </section>

          <section aria-labelledby="your-data">
            <h2 id="your-data">Your data</h2>
            <BackupControls />
          </section>
        </div>
      </div>
    </article>
  );
}
