import { describe, expect, it, vi } from 'vitest';
import {
  pageOfDataFile,
  studyPathPages,
  takePagesWithinBudget,
  type PageFiles,
} from '../../../../src/build/offline/precache-page-data';
import type { StudyPathData } from '../../../../src/shared/study-path';

describe('pageOfDataFile', () => {
  it('names the page of a data file or its preview, and no page for site-wide files', () => {
    expect(pageOfDataFile('data/questions/elbo.json')).toBe('questions/elbo');
    expect(pageOfDataFile('data/previews/topics/transformers.json')).toBe('topics/transformers');
    for (const file of ['data/site.json', 'data/path.json', 'data/glossary.json', 'data/search-manifest.json']) {
      expect(pageOfDataFile(file)).toBeUndefined();
    }
  });
});

describe('studyPathPages', () => {
  it('lists each topic, then its questions, in path order', () => {
    const studyPath = {
      topics: [
        { slug: 'b', title: 'B', questions: [{ slug: 'q2', title: 'Q2', prerequisites: [] }] },
        { slug: 'a', title: 'A', questions: [{ slug: 'q1', title: 'Q1', prerequisites: ['q2'] }] },
      ],
    } as unknown as StudyPathData;
    expect(studyPathPages(studyPath)).toEqual(['topics/b', 'questions/q2', 'topics/a', 'questions/q1']);
  });
});

describe('takePagesWithinBudget', () => {
  const pagesOf = (...sizes: number[]) =>
    sizes.map((size, index): PageFiles => ({
      page: `questions/q${index}`,
      entries: [],
      gzipBytes: vi.fn(() => Promise.resolve(size)),
    }));

  it('takes pages from the first until one would exceed the bytes, and skips none to fit a smaller one', async () => {
    const pages = pagesOf(400, 500, 200, 10);
    const taken = await takePagesWithinBudget(pages, { gzipBytes: 1000, pages: 10 });
    expect(taken.map((page) => page.page)).toEqual(['questions/q0', 'questions/q1']);
    // Sizes are measured (by compressing the files) only until the budget is spent.
    expect(pages[3]!.gzipBytes).not.toHaveBeenCalled();
  });

  it('takes at most the budget’s number of pages', async () => {
    const taken = await takePagesWithinBudget(pagesOf(1, 1, 1, 1), { gzipBytes: 1000, pages: 3 });
    expect(taken).toHaveLength(3);
  });
});
