/** The `<title>` and meta description of the results page, prerendered and set again by the app. */
export const searchPageHead = {
  title: 'Search',
  description: 'Search every topic, question and formula of Deep Learning Topics.',
};
