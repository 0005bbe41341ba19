import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackup, serializeBackup } from '../../../../../src/app/study/storage/backup-file';
import { createEmptyStudyState } from '../../../../../src/app/study/storage/study-state-defaults';

describe('backup files', () => {
  it('round-trips the state', () => {
    const state = { ...createEmptyStudyState(), notes: { elbo: 'My note with $x$' }, selfTest: true };
    expect(parseBackup(serializeBackup(state))).toEqual({ ok: true, state });
    expect(backupFileName(new Date('2025-02-03T12:00:00Z'))).toBe('deep-learning-topics-progress-2025-02-03.json');
  });

  it('explains why a file cannot be imported', () => {
    expect(parseBackup('not json')).toEqual({
      ok: false,
      message: 'This file is not a valid progress export (it is damaged or was edited). Nothing was changed.',
    });
    expect(parseBackup('{"name":"something else"}')).toEqual({
      ok: false,
      message: 'This file is not a progress export of this site. Nothing was changed.',
    });
    expect(parseBackup('{"version":5}')).toEqual({
      ok: false,
      message:
        'This file was exported by a newer version of this site; reload the page and try again. Nothing was changed.',
    });
  });
});
