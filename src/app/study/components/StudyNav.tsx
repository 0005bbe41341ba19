import { NavLink } from 'react-router-dom';
import { reviewPagePath, studyPathPagePath } from '../../../shared/study-path';
import './study.css';

/** Header links to the study path and the review queue. */
export function StudyNav() {
  return (
    <nav className="study-nav" aria-label="Study">
      <NavLink to={studyPathPagePath}>Study path</NavLink>
      <NavLink to={reviewPagePath}>Review</NavLink>
    </nav>
  );
}
