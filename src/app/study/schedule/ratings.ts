/** How well the learner knew the answer: ts-fsrs's grades 1–4, also the review page's keys. */
export type ReviewRating = 1 | 2 | 3 | 4;

export const reviewRatings: readonly { value: ReviewRating; label: string; hint: string }[] = [
  { value: 1, label: 'Again', hint: 'I did not know it' },
  { value: 2, label: 'Hard', hint: 'I got there with effort' },
  { value: 3, label: 'Good', hint: 'I knew it' },
  { value: 4, label: 'Easy', hint: 'I knew it at once' },
];
