import { Link } from 'react-router-dom';
import { studyPathPagePath } from '../../../shared/study-path';
import type { StorageProblem } from '../storage/study-store';
import { loadStudyStore, useStudySnapshot } from '../use-study';
import './study.css';

const messages: Record<StorageProblem, string> = {
  unavailable:
    'This browser does not let the site save data, so your study progress lasts only until you close the tab.',
  corrupt: 'Your saved study progress could not be read, so for now changes are kept in this tab only.',
  foreign:
    'The study data saved in this browser is not in a format this site knows, so for now changes are kept in this tab only.',
  newer:
    'Your study progress was saved by a newer version of this site. Reload the page to use it; until then, changes are kept in this tab only.',
  quota: "This browser's storage for the site is full, so your latest progress was not saved.",
};

/**
 * Tells the learner, once and without interrupting, when progress cannot be saved or read. The
 * live region is always rendered, so that screen readers announce the message when it appears.
 */
export function StudyNotice() {
  const notice = useStudySnapshot({ load: false })?.notice;
  return (
    <div className="study-notice" role="status">
      {notice && (
        <p className="study-notice__box">
          {messages[notice]}{' '}
          {notice !== 'unavailable' && notice !== 'newer' && (
            <>
              <Link to={`${studyPathPagePath}#your-data`}>Export, import or reset your progress</Link>.{' '}
            </>
          )}
          <button
            type="button"
            className="study-button study-button--small"
            onClick={() => {
              void loadStudyStore().then((store) => {
                store.dismissNotice();
              });
            }}
          >
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
