import { Link } from 'react-router-dom';
import type { QuestionLink, QuestionRef } from '../../shared/page-data';
import { questionPath } from '../../shared/routes';
import { ProseHtml } from './ProseHtml';

type Props =
  | { questions: QuestionRef[]; withAnswers?: false; ordered?: boolean }
  /** Shows each question's short answer under its link. */
  | {
      questions: QuestionLink[];
      withAnswers: true;
      ordered?: boolean;
      /** The page data field the list is (e.g. `questions`), to mark each answer with its path. */
      field?: string;
    };

/** A list of links to questions, optionally with their short answers. */
export function QuestionList(props: Props) {
  const { questions, withAnswers, ordered = false } = props;
  const field = withAnswers ? props.field : undefined;
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="question-list">
      {questions.map((question, index) => (
        <li key={question.slug}>
          <Link to={questionPath(question.slug)}>{question.title}</Link>
          {withAnswers && 'summaryHtml' in question && (
            <ProseHtml
              as="span"
              className="question-list__answer"
              html={question.summaryHtml}
              field={field && `${field}.${index}.summaryHtml`}
            />
          )}
        </li>
      ))}
    </List>
  );
}
