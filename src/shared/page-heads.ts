/**
 * `<title>` and meta description of the study pages and the reference pages, for the prerender step
 * and for the app, which sets them again after client-side navigation. Kept apart from their paths:
 * the shell needs the paths on every page, these strings only on their own pages.
 */
export const studyPageHeads = {
  path: {
    title: 'Study path',
    description:
      'Every question in the order to study it, with your progress, what is due for review, and the map of prerequisites.',
  },
  review: {
    title: 'Review',
    description:
      'The questions due for review, one at a time: recall the answer, reveal it, rate how well you knew it.',
  },
} as const;

export const readingPageHeads = {
  glossary: {
    title: 'Glossary',
    description:
      'Every term of Deep Learning Topics in one sentence, with the page that explains it and where else it is used.',
  },
  notation: {
    title: 'Notation',
    description:
      'The symbols and macros used in the formulas of Deep Learning Topics: what each means and where it first appears.',
  },
} as const;
