import { describe, expect, it } from 'vitest';
import { applyReviewAction, startReviewSession } from '../../../../../src/app/study/review/review-session';

describe('a review session', () => {
  const session = startReviewSession('due', ['a', 'b', 'c']);

  it('reveals the answer of the current question', () => {
    expect(applyReviewAction(session, { type: 'reveal' })).toMatchObject({ index: 0, revealed: true });
    expect(applyReviewAction(startReviewSession('due', []), { type: 'reveal' }).revealed).toBe(false);
  });

  it('moves between questions within bounds, hiding the answer again', () => {
    const revealed = applyReviewAction(session, { type: 'reveal' });
    const next = applyReviewAction(revealed, { type: 'move', by: 1 });
    expect(next).toMatchObject({ index: 1, revealed: false });
    expect(applyReviewAction(session, { type: 'move', by: -1 })).toBe(session);
    const last = applyReviewAction(applyReviewAction(next, { type: 'move', by: 1 }), { type: 'move', by: 1 });
    expect(last.index).toBe(2);
  });

  it('takes a rated question out of the session and shows the next one', () => {
    const rated = applyReviewAction(applyReviewAction(session, { type: 'reveal' }), { type: 'rated', slug: 'a' });
    expect(rated).toMatchObject({ slugs: ['b', 'c'], index: 0, revealed: false, rated: 1 });
    const atEnd = applyReviewAction({ ...rated, index: 1 }, { type: 'rated', slug: 'c' });
    expect(atEnd).toMatchObject({ slugs: ['b'], index: 0, rated: 2 });
    const done = applyReviewAction(atEnd, { type: 'rated', slug: 'b' });
    expect(done).toMatchObject({ slugs: [], rated: 3 });
  });

  it('starts over with new questions', () => {
    expect(applyReviewAction(session, { type: 'start', kind: 'new', slugs: ['x'] })).toEqual(
      startReviewSession('new', ['x']),
    );
  });
});
