import { useState, type ChangeEvent } from 'react';
import { loadStudyStore, useStudySnapshot } from '../use-study';
import './study.css';

type Message = { kind: 'done' | 'error'; text: string };

/** Export the study state to a JSON file, import it back (validated first), or reset it. */
export function BackupControls() {
  const snapshot = useStudySnapshot();
  const [message, setMessage] = useState<Message>();

  // The file helpers (and the schema that validates imports) load only when used.
  const exportFile = async () => {
    if (!snapshot) return;
    const { backupFileName, serializeBackup } = await import('../storage/backup-file');
    const url = URL.createObjectURL(new Blob([serializeBackup(snapshot.state)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = backupFileName(new Date());
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
    setMessage({ kind: 'done', text: `Exported ${link.download}.` });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { parseBackup } = await import('../storage/backup-file');
    const backup = parseBackup(await file.text());
    if (!backup.ok) {
      setMessage({ kind: 'error', text: `${file.name}: ${backup.message}` });
      return;
    }
    (await loadStudyStore()).replace(backup.state);
    const count = Object.keys(backup.state.cards).length;
    setMessage({
      kind: 'done',
      text: `Imported ${file.name}: ${count} ${count === 1 ? 'question' : 'questions'} with progress.`,
    });
  };

  const reset = async () => {
    if (!window.confirm('Delete all study progress and notes saved in this browser?')) return;
    (await loadStudyStore()).reset();
    setMessage({ kind: 'done', text: 'Your progress and notes were reset.' });
  };

  return (
    <div className="backup">
      <p>
        {snapshot?.persistent === false
          ? 'Your progress is kept in this tab only right now (see the message above).'
          : 'Your progress and notes are saved in this browser only.'}{' '}
        Export them to a file to keep a backup or to move them to another browser.
      </p>
      <div className="backup__actions">
        <button type="button" className="study-button" onClick={() => void exportFile()} disabled={!snapshot}>
          Export progress
        </button>
        <label className="study-button backup__import">
          Import progress
          <input
            type="file"
            accept=".json,application/json"
            className="backup__file"
            disabled={!snapshot}
            onChange={(event) => void importFile(event)}
          />
        </label>
        <button type="button" className="study-button" onClick={() => void reset()} disabled={!snapshot}>
          Reset progress
        </button>
      </div>
      <p className="backup__message" role="status">
        {message?.kind === 'done' && message.text}
      </p>
      <p className="backup__message backup__message--error" role="alert">
        {message?.kind === 'error' && message.text}
      </p>
    </div>
  );
}
