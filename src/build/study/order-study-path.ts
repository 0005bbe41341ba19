import type { ContentError } from '../content-error';
import type { CompiledPage, CompiledQuestion, CompiledTopic } from '../content/compile-page';

export interface StudyPathOrder {
  /** Every question slug exactly once, in study order. */
  slugs: string[];
  errors: ContentError[];
}

/**
 * Orders the questions for studying: topics by their `order`; within a topic, each question after
 * its prerequisites, and otherwise by `order`. A prerequisite in a later topic would put a question
 * before what it builds on, so it is reported. Prerequisite cycles and unknown slugs are reported
 * by `checkSite`; here they only must not lose or repeat a question.
 */
export function orderStudyPath(pages: readonly CompiledPage[]): StudyPathOrder {
  const topics = pages
    .filter((page): page is CompiledTopic => page.kind === 'topic')
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug));
  const questions = pages.filter((page): page is CompiledQuestion => page.kind === 'question');
  const topicRank = new Map(topics.map((topic, index) => [topic.slug, index]));
  const bySlug = new Map(questions.map((question) => [question.slug, question]));

  const slugs = topics.flatMap((topic) =>
    orderWithinTopic(questions.filter((question) => question.frontmatter.topic === topic.slug)),
  );
  const errors = questions.flatMap((question) => checkPrerequisiteTopics(question, bySlug, topicRank));
  return { slugs, errors };
}

/** Kahn's algorithm, always taking the ready question with the smallest `order`. */
function orderWithinTopic(questions: readonly CompiledQuestion[]): string[] {
  const pending = [...questions].sort(
    (a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug),
  );
  const inTopic = new Set(pending.map((question) => question.slug));
  const placed = new Set<string>();
  const isReady = (question: CompiledQuestion) =>
    question.frontmatter.prerequisites.every(
      (slug) => !inTopic.has(slug) || slug === question.slug || placed.has(slug),
    );

  while (pending.length > 0) {
    // In a cycle nothing is ready: take the first by order so that every question is still placed once.
    const index = Math.max(0, pending.findIndex(isReady));
    const [next] = pending.splice(index, 1);
    placed.add(next!.slug);
  }
  return [...placed];
}

function checkPrerequisiteTopics(
  question: CompiledQuestion,
  bySlug: ReadonlyMap<string, CompiledQuestion>,
  topicRank: ReadonlyMap<string, number>,
): ContentError[] {
  const rank = topicRank.get(question.frontmatter.topic);
  if (rank === undefined) return [];
  return question.frontmatter.prerequisites.flatMap((slug, index) => {
    const prerequisite = bySlug.get(slug);
    const prerequisiteRank = prerequisite && topicRank.get(prerequisite.frontmatter.topic);
    if (prerequisiteRank === undefined || prerequisiteRank <= rank) return [];
    return [
      {
        file: question.file,
        ...question.locate(['prerequisites', index]),
        message: `prerequisite "${slug}" is in topic "${prerequisite!.frontmatter.topic}", which comes after this question's topic "${question.frontmatter.topic}" in the study path`,
        hint: "the study path follows topic order: drop this prerequisite, move one of the two questions to another topic, or change the topics' order",
      },
    ];
  });
}
