import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug (lowercase letters, digits, hyphens)');
const textList = z.array(z.string().min(1)).default([]);

/** Frontmatter of `content/topics/<slug>.md`. */
export const topicFrontmatterSchema = z.strictObject({
  /** The topic's name: page heading, navigation label and `<title>`. */
  title: z.string().min(1),
  /** One plain-text line for the home page and the meta description. */
  summary: z.string().min(1).max(200),
  /** Position in the study order; unique across topics. */
  order: z.int().min(1),
  /** Other names of the topic (acronyms, spellings), matched by search like the title. */
  aliases: textList,
  /** Concepts the page explains that its headings do not name, for search. */
  keywords: textList,
});

/** Frontmatter of `content/questions/<slug>.md`. */
export const questionFrontmatterSchema = z.strictObject({
  /** The question as an interviewer would ask it: page heading and review-card front. */
  title: z.string().min(1),
  /** The short answer: one Markdown paragraph, inline math allowed. */
  summary: z.string().min(1).max(600),
  /** Slug of the topic the question belongs to. */
  topic: slug,
  /** Position within the topic; unique within the topic. */
  order: z.int().min(1),
  /** Questions to study first; must not form a cycle. */
  prerequisites: z.array(slug).default([]),
  /** Questions that naturally come next. */
  followUps: z.array(slug).default([]),
  /** Other names of the question's concept, matched by search like the title. */
  aliases: textList,
  /** Further concepts the answer explains, for search. */
  keywords: textList,
});

export type TopicFrontmatter = z.infer<typeof topicFrontmatterSchema>;
export type QuestionFrontmatter = z.infer<typeof questionFrontmatterSchema>;
