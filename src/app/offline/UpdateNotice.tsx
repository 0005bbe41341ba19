import { useWaitingUpdate } from './update-state';
import './update-notice.css';

/** "New content available — reload", shown when a new version of the site has been downloaded. */
export function UpdateNotice() {
  const applyUpdate = useWaitingUpdate();
  return (
    <div className="update-notice" role="status">
      {applyUpdate && (
        <p className="update-notice__box">
          New content available.{' '}
          <button type="button" onClick={applyUpdate}>
            Reload
          </button>
        </p>
      )}
    </div>
  );
}
