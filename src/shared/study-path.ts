import type { QuestionSlug, TopicSlug } from './slugs';

/** One question of the study path, with the questions to study before it. */
export interface PathQuestion {
  slug: QuestionSlug;
  title: string;
  prerequisites: QuestionSlug[];
}

/** A topic of the study path and its questions, in path order. */
export interface PathTopic {
  slug: TopicSlug;
  title: string;
  questions: PathQuestion[];
}

/**
 * The study path the build emits as `data/path.json`: every question exactly once, grouped by
 * topic in topic order, each question after its prerequisites.
 */
export interface StudyPathData {
  topics: PathTopic[];
}

export const studyPathDataUrl = '/data/path.json';
export const studyPathPagePath = '/path';
export const reviewPagePath = '/review';

/** Every question of the path, in path order. */
export function listPathQuestions(path: StudyPathData): PathQuestion[] {
  return path.topics.flatMap((topic) => topic.questions);
}
