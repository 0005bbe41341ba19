import type { PathQuestion } from '../../../shared/study-path';
import { statusOf, type QuestionStatus } from '../progress/question-status';
import type { StudyState } from '../storage/study-state';

export interface WeakPrerequisite {
  question: PathQuestion;
  prerequisite: PathQuestion;
  prerequisiteStatus: QuestionStatus;
}

/**
 * Prerequisites the learner does not know yet, under questions they have started: the places where
 * new material rests on a shaky base.
 */
export function findWeakPrerequisites(state: StudyState, questions: readonly PathQuestion[]): WeakPrerequisite[] {
  const bySlug = new Map(questions.map((question) => [question.slug, question]));
  return questions.flatMap((question) => {
    if (statusOf(state.cards[question.slug]) === 'new') return [];
    return question.prerequisites.flatMap((slug) => {
      const prerequisite = bySlug.get(slug);
      const prerequisiteStatus = statusOf(state.cards[slug]);
      return prerequisite && prerequisiteStatus !== 'known' ? [{ question, prerequisite, prerequisiteStatus }] : [];
    });
  });
}
