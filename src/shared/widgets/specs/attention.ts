import { defineWidget } from '../prop-spec';

/** Scaled dot-product attention over a short sentence, with and without the 1/√d_k scaling. */
export const attentionSpec = defineWidget({
  title: 'Scaled dot-product attention',
  props: {
    sentence: {
      kind: 'text',
      maxLength: 60,
      default: 'the cat sat on the mat',
      doc: 'the tokens, separated by spaces (2 to 8 words)',
    },
    query: { kind: 'integer', min: 1, max: 8, default: 3, doc: 'the query token, counted from 1' },
    dk: { kind: 'integer', min: 1, max: 512, default: 64, doc: 'key dimension d_k' },
    heads: { kind: 'integer', min: 1, max: 4, default: 2, doc: 'number of heads shown' },
    scaled: { kind: 'boolean', default: true, doc: 'divide the scores by √d_k' },
  },
  check: ({ sentence, query }) => {
    const words = sentence.split(/\s+/).filter(Boolean).length;
    if (words < 2 || words > 8) return { prop: 'sentence', message: `the sentence has ${words} words; use 2 to 8` };
    return query > words ? { prop: 'query', message: `query ${query} is past the last word (${words})` } : undefined;
  },
});
