import type { ContentError } from '../content-error';
import type { CompiledPage, CompiledQuestion, CompiledTopic } from '../content/compile-page';
import { didYouMean } from '../suggest';
import { findCycles } from './find-cycles';

/** Cross-page checks, run once every page is compiled. Returns every problem found. */
export function checkSite(pages: readonly CompiledPage[]): ContentError[] {
  const topics = pages.filter((page): page is CompiledTopic => page.kind === 'topic');
  const questions = pages.filter((page): page is CompiledQuestion => page.kind === 'question');
  return [
    ...checkDuplicateSlugs(pages),
    ...checkTopicOrder(topics),
    ...checkQuestionTopics(questions, topics),
    ...checkQuestionReferences(questions),
    ...checkPrerequisiteCycles(questions),
    ...checkLinkAnchors(pages),
  ];
}

function checkDuplicateSlugs(pages: readonly CompiledPage[]): ContentError[] {
  const firstBySlug = new Map<string, CompiledPage>();
  const errors: ContentError[] = [];
  for (const page of pages) {
    const first = firstBySlug.get(page.slug);
    if (first) {
      errors.push({
        file: page.file,
        line: 1,
        column: 1,
        message: `duplicate slug "${page.slug}": ${first.file} has the same file name`,
        hint: 'slugs are unique across topics and questions; rename one of the files',
      });
    } else firstBySlug.set(page.slug, page);
  }
  return errors;
}

function checkTopicOrder(topics: readonly CompiledTopic[]): ContentError[] {
  return duplicatesBy(topics, (topic) => String(topic.frontmatter.order)).map(([topic, first]) => ({
    file: topic.file,
    ...topic.locate(['order']),
    message: `topic order ${topic.frontmatter.order} is already used by "${first.slug}"`,
    hint: 'give every topic its own order number',
  }));
}

function checkQuestionTopics(questions: readonly CompiledQuestion[], topics: readonly CompiledTopic[]): ContentError[] {
  const topicSlugs = topics.map((topic) => topic.slug);
  const errors: ContentError[] = questions
    .filter((question) => !topicSlugs.includes(question.frontmatter.topic))
    .map((question) => ({
      file: question.file,
      ...question.locate(['topic']),
      message: `unknown topic "${question.frontmatter.topic}".${didYouMean(question.frontmatter.topic, topicSlugs)}`,
      hint: 'use the file name of a topic in content/topics, without .md',
    }));
  const key = (question: CompiledQuestion) => `${question.frontmatter.topic}#${question.frontmatter.order}`;
  for (const [question, first] of duplicatesBy(questions, key)) {
    errors.push({
      file: question.file,
      ...question.locate(['order']),
      message: `order ${question.frontmatter.order} in topic "${question.frontmatter.topic}" is already used by "${first.slug}"`,
      hint: 'give each question of a topic its own order number',
    });
  }
  return errors;
}

function checkQuestionReferences(questions: readonly CompiledQuestion[]): ContentError[] {
  const slugs = questions.map((question) => question.slug);
  const errors: ContentError[] = [];
  for (const question of questions) {
    for (const field of ['prerequisites', 'followUps'] as const) {
      question.frontmatter[field].forEach((slug, index) => {
        const location = question.locate([field, index]);
        if (slug === question.slug) {
          errors.push({ file: question.file, ...location, message: `${field} lists the question itself` });
        } else if (!slugs.includes(slug)) {
          errors.push({
            file: question.file,
            ...location,
            message: `${field} names "${slug}", which is not a question.${didYouMean(slug, slugs)}`,
            hint: 'use the file name of a question in content/questions, without .md',
          });
        }
      });
    }
  }
  return errors;
}

function checkPrerequisiteCycles(questions: readonly CompiledQuestion[]): ContentError[] {
  const bySlug = new Map(questions.map((question) => [question.slug, question]));
  // A question listing itself is reported by checkQuestionReferences.
  const edges = new Map(
    questions.map((question) => [
      question.slug,
      question.frontmatter.prerequisites.filter((slug) => slug !== question.slug),
    ]),
  );
  return findCycles(edges).map((cycle) => {
    const [start] = cycle as [string, ...string[]];
    const question = bySlug.get(start)!;
    const next = cycle[1] ?? start;
    return {
      file: question.file,
      ...question.locate(['prerequisites', question.frontmatter.prerequisites.indexOf(next)]),
      message: `prerequisite cycle: ${[...cycle, start].join(' → ')}`,
      hint: 'a question cannot (even indirectly) be its own prerequisite; remove one of these prerequisites',
    };
  });
}

function checkLinkAnchors(pages: readonly CompiledPage[]): ContentError[] {
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const errors: ContentError[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      const target = byFile.get(link.targetFile);
      if (!target || !link.hash || target.anchors.has(link.hash)) continue;
      errors.push({
        file: page.file,
        line: link.line,
        column: link.column,
        message: `link to "${link.url}#${link.hash}": that page has no heading "#${link.hash}".${didYouMean(link.hash, [...target.anchors])}`,
        hint: `headings of ${target.slug}: ${target.headings.map((heading) => `#${heading.id}`).join(', ') || 'none'}`,
      });
    }
  }
  return errors;
}

/** Each item whose key was already taken, paired with the first item that took it. */
function duplicatesBy<T>(items: readonly T[], key: (item: T) => string): [T, T][] {
  const first = new Map<string, T>();
  const duplicates: [T, T][] = [];
  for (const item of items) {
    const seen = first.get(key(item));
    if (seen) duplicates.push([item, seen]);
    else first.set(key(item), item);
  }
  return duplicates;
}
