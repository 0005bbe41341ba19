import { parseStudyState, type UnreadableReason } from './parse-study-state';
import type { StudyState } from './study-state';

/** A backup file's name: `deep-learning-topics-progress-2025-01-31.json`. */
export function backupFileName(now: Date): string {
  return `deep-learning-topics-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** The backup file's text: the stored state, readable and importable by any version that can migrate it. */
export function serializeBackup(state: StudyState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

const importErrors: Record<UnreadableReason, string> = {
  corrupt: 'This file is not a valid progress export (it is damaged or was edited). Nothing was changed.',
  foreign: 'This file is not a progress export of this site. Nothing was changed.',
  newer: 'This file was exported by a newer version of this site; reload the page and try again. Nothing was changed.',
};

/** Reads a backup file's text: the state to import, or a message saying why it cannot be used. */
export function parseBackup(text: string): { ok: true; state: StudyState } | { ok: false; message: string } {
  const result = parseStudyState(text);
  return result.ok ? { ok: true, state: result.state } : { ok: false, message: importErrors[result.reason] };
}
