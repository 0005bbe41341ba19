import { describe, expect, it } from 'vitest';
import { migrateStoredData, type Migration } from '../../../../../src/app/study/storage/migrations';
import { parseStudyState } from '../../../../../src/app/study/storage/parse-study-state';
import { createEmptyStudyState } from '../../../../../src/app/study/storage/study-state-defaults';

const card = {
  due: 1_700_000_000_000,
  stability: 2.3,
  difficulty: 5.1,
  scheduledDays: 0,
  learningSteps: 1,
  reps: 1,
  lapses: 0,
  state: 1,
  lastReview: 1_699_999_400_000,
};
const saved = { version: 1, cards: { elbo: card }, notes: { elbo: 'See $x$.' }, selfTest: true };

describe('parseStudyState', () => {
  it('reads the current version', () => {
    expect(parseStudyState(JSON.stringify(saved))).toEqual({ ok: true, state: saved, migrated: false });
  });

  it('calls text that is not JSON corrupt', () => {
    expect(parseStudyState('{"version":1,"cards":')).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('calls our version with a damaged shape corrupt', () => {
    expect(parseStudyState(JSON.stringify({ ...saved, cards: { elbo: { ...card, state: 7 } } }))).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(parseStudyState(JSON.stringify({ ...saved, cards: { 'Not A Slug': card } }))).toMatchObject({ ok: false });
  });

  it('calls data without our version foreign', () => {
    for (const text of ['[1,2]', '"hello"', 'null', '{"theme":"dark"}', '{"version":"1"}']) {
      expect(parseStudyState(text), text).toEqual({ ok: false, reason: 'foreign' });
    }
  });

  it('recognises data from a newer version of the site', () => {
    expect(parseStudyState(JSON.stringify({ ...saved, version: 2 }))).toEqual({ ok: false, reason: 'newer' });
  });

  it('migrates an older version, step by step', () => {
    const fromZero: Migration = {
      from: 0,
      migrate: ({ progress }) => ({ version: 0, cards: progress, notes: {}, selfTest: false }),
    };
    const result = parseStudyState(JSON.stringify({ version: 0, progress: { elbo: card } }), [fromZero]);
    expect(result).toEqual({
      ok: true,
      state: { version: 1, cards: { elbo: card }, notes: {}, selfTest: false },
      migrated: true,
    });
  });

  it('calls an older version without a migration foreign, and a failing migration corrupt', () => {
    const old = JSON.stringify({ version: 0, progress: {} });
    expect(parseStudyState(old, [])).toEqual({ ok: false, reason: 'foreign' });
    const failing: Migration = {
      from: 0,
      migrate: () => {
        throw new Error('bad data');
      },
    };
    expect(parseStudyState(old, [failing])).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('round-trips the empty state', () => {
    const empty = createEmptyStudyState();
    expect(parseStudyState(JSON.stringify(empty))).toEqual({ ok: true, state: empty, migrated: false });
  });
});

describe('migrateStoredData', () => {
  it('applies each step once, in version order', () => {
    const steps: Migration[] = [
      { from: 2, migrate: (data) => ({ ...data, steps: [...(data.steps as number[]), 2] }) },
      { from: 1, migrate: (data) => ({ ...data, steps: [...(data.steps as number[]), 1] }) },
    ];
    expect(migrateStoredData({ version: 1, steps: [] }, 3, steps)).toEqual({ version: 3, steps: [1, 2] });
    expect(migrateStoredData({ version: 3, steps: [] }, 3, steps)).toEqual({ version: 3, steps: [] });
  });
});
