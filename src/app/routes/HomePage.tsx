import { Link } from 'react-router-dom';
import { practicePagePath, topicPath } from '../../shared/routes';
import { useDocumentHead } from '../components/use-document-head';
import { useSiteData } from '../data/page-data-client';
import { ContinueStudying } from '../study/components/ContinueStudying';

export default function HomePage() {
  const site = useSiteData();
  useDocumentHead(undefined, site.description);
  const questionCount = site.topics.reduce((sum, topic) => sum + topic.questionCount, 0);

  return (
    <article className="home">
      <h1>{site.title}</h1>
      <p className="lead">
        Deep learning, one question at a time. Each topic gives you the ideas and the equations; each question gives you
        an answer you could say out loud in an interview, the full reasoning behind it, a worked example, the mistakes
        examiners probe for, and the papers it comes from.
      </p>
      <p>
        {site.topics.length} topics and {questionCount} questions, in study order.
      </p>
      <p>
        Practise the mechanics with generated problems, checked as you answer, on the{' '}
        <Link to={practicePagePath}>practice page</Link>.
      </p>
      <ContinueStudying start={site.pathStart} total={questionCount} />
      <h2 id="topics">Topics</h2>
      <ol className="topic-cards">
        {site.topics.map((topic) => (
          <li key={topic.slug} className="topic-card">
            <h3 className="topic-card__title">
              <Link to={topicPath(topic.slug)}>{topic.title}</Link>
            </h3>
            <p className="topic-card__summary">{topic.summary}</p>
            <p className="topic-card__count">
              {topic.questionCount} {topic.questionCount === 1 ? 'question' : 'questions'}
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
