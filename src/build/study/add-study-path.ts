import type { QuestionPageData } from '../../shared/page-data';
import { listPathQuestions, type StudyPathData } from '../../shared/study-path';
import type { SitePageData } from '../emit/build-page-data';

/**
 * Adds the study path to the site data: the path itself (emitted as `data/path.json`, loaded only
 * by the pages that show it), and each question's previous and next question in path order, so
 * that a question page links its neighbours without loading the whole path. The site data gets the
 * path's first question: the home page prerenders a new learner's next step with it.
 */
export function addStudyPath(data: SitePageData, order: readonly string[]): SitePageData {
  const bySlug = new Map(data.questions.map((question) => [question.slug as string, question]));
  const ordered = order.map((slug) => bySlug.get(slug)).filter((question) => question !== undefined);
  const position = new Map(ordered.map((question, index) => [question.slug, index]));
  const neighbour = (index: number) => {
    const question = ordered[index];
    return question && { slug: question.slug, title: question.title };
  };

  const path: StudyPathData = {
    topics: data.site.topics.map((topic) => ({
      slug: topic.slug,
      title: topic.title,
      questions: ordered
        .filter((question) => question.topic.slug === topic.slug)
        .map((question) => ({
          slug: question.slug,
          title: question.title,
          prerequisites: question.prerequisites.map((prerequisite) => prerequisite.slug),
        })),
    })),
  };

  const questions = data.questions.map((question): QuestionPageData => {
    const index = position.get(question.slug);
    if (index === undefined) return question;
    return { ...question, previous: neighbour(index - 1), next: neighbour(index + 1) };
  });
  const [start] = listPathQuestions(path);
  const pathStart = start && { slug: start.slug, title: start.title };
  return { ...data, site: pathStart ? { ...data.site, pathStart } : data.site, questions, path };
}
