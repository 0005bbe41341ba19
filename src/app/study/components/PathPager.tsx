import { Link } from 'react-router-dom';
import type { QuestionRef } from '../../../shared/page-data';
import { questionPath } from '../../../shared/routes';
import './study.css';

/** Links to the previous and next question of the study path, named "Previous" and "Next". */
export function PathPager({ previous, next }: { previous?: QuestionRef; next?: QuestionRef }) {
  if (!previous && !next) return null;
  return (
    <nav className="pager path-pager" aria-label="Study path">
      {previous && (
        <Link
          className="pager__previous"
          to={questionPath(previous.slug)}
          rel="prev"
          aria-label="Previous"
          aria-describedby="path-previous-title"
        >
          <span className="pager__label" aria-hidden="true">
            Previous
          </span>{' '}
          <span id="path-previous-title">{previous.title}</span>
        </Link>
      )}
      {next && (
        <Link
          className="pager__next"
          to={questionPath(next.slug)}
          rel="next"
          aria-label="Next"
          aria-describedby="path-next-title"
        >
          <span className="pager__label" aria-hidden="true">
            Next
          </span>{' '}
          <span id="path-next-title">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
