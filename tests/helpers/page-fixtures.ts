import type { QuestionPageData, TopicPageData } from '../../src/shared/page-data';

export const autoencodersTopic: TopicPageData = {
  kind: 'topic',
  slug: 'autoencoders' as never,
  title: 'Autoencoders',
  summary: 'Compress and reconstruct.',
  html: '<p>An autoencoder has an encoder <span class="katex">f</span>.</p><h2 id="the-bottleneck">The bottleneck</h2><p>See <a href="/questions/what-are-autoencoders">the basics</a>.</p>',
  headings: [{ depth: 2, id: 'the-bottleneck', text: 'The bottleneck' }],
  questions: [
    {
      slug: 'what-are-autoencoders' as never,
      title: 'What are autoencoders?',
      summaryHtml: 'Networks that <em>reconstruct</em>.',
    },
    {
      slug: 'autoencoders-vs-pca' as never,
      title: 'How do autoencoders compare with PCA?',
      summaryHtml: 'Non-linear PCA.',
    },
  ],
  next: { slug: 'transformers' as never, title: 'Transformers' },
};

export const whatAreAutoencoders: QuestionPageData = {
  kind: 'question',
  slug: 'what-are-autoencoders' as never,
  title: 'What are autoencoders?',
  summaryHtml: 'Networks that <em>reconstruct</em> their input.',
  summaryText: 'Networks that reconstruct their input.',
  topic: { slug: 'autoencoders' as never, title: 'Autoencoders' },
  html: '<h2 id="full-answer">Full answer</h2><p>Compare with <a href="/questions/autoencoders-vs-pca#linear-case">PCA</a>.</p>',
  headings: [{ depth: 2, id: 'full-answer', text: 'Full answer' }],
  prerequisites: [],
  followUps: [{ slug: 'autoencoders-vs-pca' as never, title: 'How do autoencoders compare with PCA?' }],
};
