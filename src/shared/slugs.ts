/** A topic's slug: the file name of `content/topics/<slug>.md`. */
export type TopicSlug = string & { readonly __brand: 'TopicSlug' };
/** A question's slug: the file name of `content/questions/<slug>.md`. */
export type QuestionSlug = string & { readonly __brand: 'QuestionSlug' };

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` is a well-formed slug: lowercase letters, digits and single hyphens. */
export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}

export function toTopicSlug(value: string): TopicSlug {
  if (!isSlug(value)) throw new Error(`not a slug: ${JSON.stringify(value)}`);
  return value as TopicSlug;
}

export function toQuestionSlug(value: string): QuestionSlug {
  if (!isSlug(value)) throw new Error(`not a slug: ${JSON.stringify(value)}`);
  return value as QuestionSlug;
}
