import type { PageReadingFields } from './reading-data';
import type { QuestionSlug, TopicSlug } from './slugs';

/** The page data the build emits and the app reads: one object per route, plus the site data. */

/** A heading of a page's body, for its table of contents. */
export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** A link to a topic: enough to name it. */
export interface TopicRef {
  slug: TopicSlug;
  title: string;
}

/** A link to a topic with what the home page's cards show of it. */
export interface TopicLink extends TopicRef {
  summary: string;
  questionCount: number;
}

/** A link to a question: enough to name it. */
export interface QuestionRef {
  slug: QuestionSlug;
  title: string;
}

/** A link to a question with its short answer, for lists that show the answers (a topic's questions). */
export interface QuestionLink extends QuestionRef {
  /** The short answer rendered to HTML (may contain KaTeX markup). */
  summaryHtml: string;
}

/** Data every page needs: the site's name and its topics in study order. */
export interface SiteData {
  title: string;
  description: string;
  topics: TopicLink[];
  /** The first question of the study path: what a learner who has rated nothing studies next. */
  pathStart?: QuestionRef;
}

/** What every page's header and lists of topics need of the site data (the home page needs it all). */
export interface SiteNav {
  topics: TopicRef[];
}

export function siteNavOf(site: SiteData): SiteNav {
  return { topics: site.topics.map(({ slug, title }) => ({ slug, title })) };
}

export interface TopicPageData extends PageReadingFields {
  kind: 'topic';
  slug: TopicSlug;
  title: string;
  summary: string;
  /** The compiled body: trusted HTML produced by the build from our own content. */
  html: string;
  headings: Heading[];
  questions: QuestionLink[];
  previous?: Pick<TopicLink, 'slug' | 'title'>;
  next?: Pick<TopicLink, 'slug' | 'title'>;
}

export interface QuestionPageData extends PageReadingFields {
  kind: 'question';
  slug: QuestionSlug;
  title: string;
  summaryHtml: string;
  /** The short answer as plain text, for the meta description. */
  summaryText: string;
  topic: Pick<TopicLink, 'slug' | 'title'>;
  html: string;
  headings: Heading[];
  prerequisites: QuestionRef[];
  followUps: QuestionRef[];
  /** The question's neighbours in the study path (`data/path.json`). */
  previous?: QuestionRef;
  next?: QuestionRef;
}

export type ContentPageData = TopicPageData | QuestionPageData;

/** A glossary term: what it means and where it is explained. */
export interface GlossaryEntry {
  term: string;
  /** Other names, acronyms and spellings of the term. */
  aliases: string[];
  /** One sentence, rendered to HTML (may contain KaTeX markup). */
  definitionHtml: string;
  definitionText: string;
  /** The route (with `#heading`) of the page that explains the term. */
  href: string;
}
