import { describe, expect, it } from 'vitest';
import { compileSite } from '../../../../src/build/compile-site';
import type { CompiledPage } from '../../../../src/build/content/compile-page';
import { orderStudyPath } from '../../../../src/build/study/order-study-path';
import { listPathQuestions } from '../../../../src/shared/study-path';

/** The fields `orderStudyPath` reads, in a compiled page. */
function topic(slug: string, order: number): CompiledPage {
  return { kind: 'topic', slug, file: `/content/topics/${slug}.md`, frontmatter: { order } } as unknown as CompiledPage;
}

function question(slug: string, topicSlug: string, order: number, prerequisites: string[] = []): CompiledPage {
  return {
    kind: 'question',
    slug,
    file: `/content/questions/${slug}.md`,
    frontmatter: { topic: topicSlug, order, prerequisites },
    locate: (path: (string | number)[]) => ({ line: 7, column: path.length === 2 ? 18 + Number(path[1]) : 1 }),
  } as unknown as CompiledPage;
}

describe('orderStudyPath', () => {
  it('goes through the topics in their order, and each topic by question order', () => {
    const { slugs, errors } = orderStudyPath([
      topic('late', 2),
      topic('early', 1),
      question('l1', 'late', 1),
      question('e2', 'early', 2),
      question('e1', 'early', 1),
    ]);
    expect(slugs).toEqual(['e1', 'e2', 'l1']);
    expect(errors).toEqual([]);
  });

  it('puts a question after its prerequisites even when its order is smaller', () => {
    const { slugs } = orderStudyPath([
      topic('t', 1),
      question('needs-b', 't', 1, ['b']),
      question('b', 't', 2),
      question('c', 't', 3),
    ]);
    expect(slugs).toEqual(['b', 'needs-b', 'c']);
  });

  it('otherwise keeps the order: a question waits only for its own prerequisites', () => {
    const { slugs } = orderStudyPath([
      topic('t', 1),
      question('d', 't', 1, ['c']),
      question('a', 't', 2),
      question('c', 't', 3, ['a']),
      question('b', 't', 4),
    ]);
    expect(slugs).toEqual(['a', 'c', 'd', 'b']);
  });

  it('accepts prerequisites from earlier topics', () => {
    const { slugs, errors } = orderStudyPath([
      topic('one', 1),
      topic('two', 2),
      question('basics', 'one', 1),
      question('advanced', 'two', 1, ['basics']),
    ]);
    expect(slugs).toEqual(['basics', 'advanced']);
    expect(errors).toEqual([]);
  });

  it('reports a prerequisite from a later topic at the prerequisite, with a hint', () => {
    const { errors } = orderStudyPath([
      topic('one', 1),
      topic('two', 2),
      question('early', 'one', 1, ['other', 'later']),
      question('other', 'one', 2),
      question('later', 'two', 1),
    ]);
    expect(errors).toEqual([
      {
        file: '/content/questions/early.md',
        line: 7,
        column: 19,
        message:
          'prerequisite "later" is in topic "two", which comes after this question\'s topic "one" in the study path',
        hint: "the study path follows topic order: drop this prerequisite, move one of the two questions to another topic, or change the topics' order",
      },
    ]);
  });

  it('still lists every question exactly once when prerequisites form a cycle (reported by the site checks)', () => {
    const { slugs } = orderStudyPath([
      topic('t', 1),
      question('a', 't', 1, ['b']),
      question('b', 't', 2, ['a']),
      question('c', 't', 3),
    ]);
    expect([...slugs].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('the study path of the real content', () => {
  it('has every question exactly once, each after its prerequisites', async () => {
    const data = await compileSite('content');
    const order = listPathQuestions(data.path!).map((question) => question.slug as string);
    expect([...order].sort()).toEqual(data.questions.map((question) => question.slug as string).sort());
    expect(new Set(order).size).toBe(order.length);
    for (const page of data.questions) {
      for (const prerequisite of page.prerequisites) {
        expect(order.indexOf(prerequisite.slug), `${prerequisite.slug} before ${page.slug}`).toBeLessThan(
          order.indexOf(page.slug),
        );
      }
    }
  });
});
