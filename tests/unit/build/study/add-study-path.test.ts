import { describe, expect, it } from 'vitest';
import { compileSite } from '../../../../src/build/compile-site';
import { ContentErrors } from '../../../../src/build/content-error';
import { dataFiles } from '../../../../src/build/emit/data-files';
import { questionFile, topicFile, writeContentFixture } from '../../../helpers/content-fixture';

describe('the study path in the site data', () => {
  it('is emitted as data/path.json, grouped by topic in path order', async () => {
    const data = await compileSite('tests/fixtures/valid-site');
    const path = JSON.parse(dataFiles(data).get('/data/path.json')!) as unknown;
    expect(path).toEqual({
      topics: [
        {
          slug: 'alpha',
          title: 'Alpha topic',
          questions: [
            { slug: 'first-question', title: 'What is the first question?', prerequisites: [] },
            { slug: 'second-question', title: 'What is the second question?', prerequisites: ['first-question'] },
          ],
        },
      ],
    });
  });

  it('gives each question page its previous and next question, across topics', async () => {
    const dir = await writeContentFixture({
      'topics/alpha.md': topicFile({ title: 'Alpha', order: 1 }),
      'topics/beta.md': topicFile({ title: 'Beta', order: 2 }),
      'questions/a1.md': questionFile({ title: 'A1?', topic: 'alpha', order: 1 }),
      'questions/a2.md': questionFile({ title: 'A2?', topic: 'alpha', order: 2 }),
      'questions/b1.md': questionFile({ title: 'B1?', topic: 'beta', order: 1, prerequisites: ['a2'] }),
    });
    const data = await compileSite(dir);
    const neighbours = Object.fromEntries(
      data.questions.map((page) => [page.slug, [page.previous?.title, page.next?.title]]),
    );
    expect(neighbours).toEqual({ a1: [undefined, 'A2?'], a2: ['A1?', 'B1?'], b1: ['A2?', undefined] });
  });

  it('stops the build when a prerequisite sits in a later topic', async () => {
    const dir = await writeContentFixture({
      'topics/alpha.md': topicFile({ title: 'Alpha', order: 1 }),
      'topics/beta.md': topicFile({ title: 'Beta', order: 2 }),
      'questions/a1.md': questionFile({ topic: 'alpha', order: 1, prerequisites: ['b1'] }),
      'questions/b1.md': questionFile({ topic: 'beta', order: 1 }),
    });
    const error = await compileSite(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentErrors);
    expect((error as Error).message).toMatch(
      /questions\/a1\.md:6:17: prerequisite "b1" is in topic "beta", which comes after this question's topic "alpha" in the study path/,
    );
  });
});
