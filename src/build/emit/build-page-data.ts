import type {
  GlossaryEntry,
  QuestionLink,
  QuestionPageData,
  QuestionRef,
  SiteData,
  TopicPageData,
} from '../../shared/page-data';
import { toQuestionSlug, toTopicSlug } from '../../shared/slugs';
import type { StudyPathData } from '../../shared/study-path';
import type { SearchData } from '../../shared/search/search-data';
import type { CompiledPage, CompiledQuestion, CompiledTopic } from '../content/compile-page';
import type { ReadingSiteData } from '../reading/compile-reading-data';
import { buildSearchIndex } from '../search/build-search-index';
import { buildOnFirstUse } from './build-on-first-use';

export interface SitePageData {
  site: SiteData;
  topics: TopicPageData[];
  questions: QuestionPageData[];
  glossary: GlossaryEntry[];
  /** The search index and the formulas its results show (`data/search-*.json`). */
  search: SearchData;
  /** The study path (`data/path.json`), added once the path order is known. */
  path?: StudyPathData;
  /** The glossary and notation pages and the link previews, added by the reading step. */
  reading?: ReadingSiteData;
}

export const siteTitle = 'Deep Learning Topics';
export const siteDescription =
  'Study deep learning for interviews and exams: topics, answered questions and formulas, from autoencoders to transformers.';

/** Turns validated, compiled pages into the per-route data objects the app renders. */
export function buildPageData(pages: readonly CompiledPage[], glossary: GlossaryEntry[]): SitePageData {
  const topics = pages
    .filter((page): page is CompiledTopic => page.kind === 'topic')
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  const questions = pages.filter((page): page is CompiledQuestion => page.kind === 'question');
  const questionsBySlug = new Map(questions.map((question) => [question.slug, question]));
  const questionsOf = (topic: CompiledTopic) =>
    questions
      .filter((question) => question.frontmatter.topic === topic.slug)
      .sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  const refTo = (slug: string): QuestionRef => ({
    slug: toQuestionSlug(slug),
    title: questionsBySlug.get(slug)!.frontmatter.title,
  });
  const linkTo = (slug: string): QuestionLink => ({
    ...refTo(slug),
    summaryHtml: questionsBySlug.get(slug)!.summaryHtml,
  });
  const topicRef = (topic: CompiledTopic | undefined) =>
    topic && { slug: toTopicSlug(topic.slug), title: topic.frontmatter.title };

  const site: SiteData = {
    title: siteTitle,
    description: siteDescription,
    topics: topics.map((topic) => ({
      slug: toTopicSlug(topic.slug),
      title: topic.frontmatter.title,
      summary: topic.frontmatter.summary,
      questionCount: questionsOf(topic).length,
    })),
  };

  const topicPages = topics.map((topic, index): TopicPageData => ({
    kind: 'topic',
    slug: toTopicSlug(topic.slug),
    title: topic.frontmatter.title,
    summary: topic.frontmatter.summary,
    html: topic.html,
    headings: topic.headings,
    questions: questionsOf(topic).map((question) => linkTo(question.slug)),
    previous: topicRef(topics[index - 1]),
    next: topicRef(topics[index + 1]),
  }));

  const topicsBySlug = new Map(topics.map((topic) => [topic.slug, topic]));
  const questionPages = questions.map((question): QuestionPageData => ({
    kind: 'question',
    slug: toQuestionSlug(question.slug),
    title: question.frontmatter.title,
    summaryHtml: question.summaryHtml,
    summaryText: question.summaryText,
    topic: topicRef(topicsBySlug.get(question.frontmatter.topic))!,
    html: question.html,
    headings: question.headings,
    // Names only: a question page lists its neighbours without their answers.
    prerequisites: question.frontmatter.prerequisites.map(refTo),
    followUps: question.frontmatter.followUps.map(refTo),
  }));

  return {
    site,
    topics: topicPages,
    questions: questionPages,
    glossary,
    // Built when first read: after an edit, the dev server skips it until a search file is asked for.
    search: buildOnFirstUse(() => buildSearchIndex(pages, glossary)),
  };
}
