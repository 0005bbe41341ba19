import { lazy, Suspense } from 'react';
import { useStudySnapshot } from '../use-study';

// Its messages are needed only when progress cannot be saved or read: loaded then.
const StudyNoticeMessage = lazy(() => import('./StudyNoticeMessage'));

/**
 * Tells the learner, once and without interrupting, when progress cannot be saved or read. The
 * live region is always rendered, so that screen readers announce the message when it appears.
 */
export function StudyNotice() {
  const notice = useStudySnapshot({ load: false })?.notice;
  return (
    <div className="study-notice" role="status">
      {notice && (
        <Suspense fallback={null}>
          <StudyNoticeMessage notice={notice} />
        </Suspense>
      )}
    </div>
  );
}
