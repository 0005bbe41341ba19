import { describe, expect, it } from 'vitest';
import { findWeakPrerequisites } from '../../../../../src/app/study/map/find-weak-prerequisites';
import { layoutPrerequisiteMap } from '../../../../../src/app/study/map/layout-prerequisite-map';
import type { StoredCard, StudyState } from '../../../../../src/app/study/storage/study-state';
import { listPathQuestions, type StudyPathData } from '../../../../../src/shared/study-path';

const path = {
  topics: [
    {
      slug: 'one',
      title: 'Topic one',
      questions: [
        { slug: 'a', title: 'A?', prerequisites: [] },
        { slug: 'b', title: 'B?', prerequisites: ['a'] },
      ],
    },
    { slug: 'two', title: 'Topic two', questions: [{ slug: 'c', title: 'C?', prerequisites: ['a', 'b'] }] },
  ],
} as unknown as StudyPathData;

const card = (state: number): StoredCard => ({
  due: 0,
  stability: 1,
  difficulty: 5,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state,
});

describe('layoutPrerequisiteMap', () => {
  it('numbers the questions in path order, one column per topic, one arrow per prerequisite', () => {
    const layout = layoutPrerequisiteMap(path);
    expect(layout.nodes.map((node) => [node.question.slug, node.number])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(layout.nodes[0]!.x).toBe(layout.nodes[1]!.x);
    expect(layout.nodes[2]!.x).toBeGreaterThan(layout.nodes[0]!.x);
    expect(layout.edges.map((edge) => `${edge.from.question.slug}>${edge.to.question.slug}`)).toEqual([
      'a>b',
      'a>c',
      'b>c',
    ]);
    expect(layout.columns.map((column) => column.title)).toEqual(['Topic one', 'Topic two']);
  });
});

describe('findWeakPrerequisites', () => {
  it('finds prerequisites not yet known under questions the learner has started', () => {
    const state: StudyState = { version: 1, cards: { b: card(1), c: card(2) }, notes: {}, selfTest: false };
    const weak = findWeakPrerequisites(state, listPathQuestions(path));
    expect(weak.map((entry) => [entry.prerequisite.slug, entry.question.slug, entry.prerequisiteStatus])).toEqual([
      ['a', 'b', 'new'],
      ['a', 'c', 'new'],
      ['b', 'c', 'learning'],
    ]);
  });

  it('finds none when nothing was started', () => {
    const state: StudyState = { version: 1, cards: {}, notes: {}, selfTest: false };
    expect(findWeakPrerequisites(state, listPathQuestions(path))).toEqual([]);
  });
});
