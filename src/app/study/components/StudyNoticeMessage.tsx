import { Link } from 'react-router-dom';
import { studyPathPagePath } from '../../../shared/study-path';
import type { StorageProblem } from '../storage/study-store';
import { loadStudyStore } from '../use-study';
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

/** The study notice's message about a storage problem, with a way to deal with it and to dismiss it. */
export default function StudyNoticeMessage({ notice }: { notice: StorageProblem }) {
  return (
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
  );
}
