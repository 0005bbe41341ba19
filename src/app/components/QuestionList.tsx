import { Link } from 'react-router-dom';
import type { QuestionLink } from '../../shared/page-data';
import { questionPath } from '../../shared/routes';
import { ProseHtml } from './ProseHtml';

interface Props {
  questions: QuestionLink[];
  /** Show each question's short answer under its link. */
  withAnswers?: boolean;
  ordered?: boolean;
}

/** A list of links to questions, optionally with their short answers. */
export function QuestionList({ questions, withAnswers = false, ordered = false }: Props) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="question-list">
      {questions.map((question) => (
        <li key={question.slug}>
          <Link to={questionPath(question.slug)}>{question.title}</Link>
          {withAnswers && <ProseHtml as="span" className="question-list__answer" html={question.summaryHtml} />}
        </li>
      ))}
    </List>
  );
}
