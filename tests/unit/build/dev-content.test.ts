import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ContentErrors } from '../../../src/build/content-error';
import { createDevContent } from '../../../src/build/dev-content';
import { buildSearchIndex } from '../../../src/build/search/build-search-index';
import { searchManifestUrl } from '../../../src/shared/search/search-data';
import { questionFile, topicFile, writeContentFixture } from '../../helpers/content-fixture';

vi.mock('../../../src/build/search/build-search-index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/build/search/build-search-index')>();
  return { ...original, buildSearchIndex: vi.fn(original.buildSearchIndex) };
});

const site = { 'topics/alpha.md': topicFile(), 'questions/q.md': questionFile({ title: 'First title' }) };
const titleOf = (json: string | undefined) => (JSON.parse(json ?? '{}') as { title?: string }).title;

describe('the dev server content', () => {
  it('serves the data of the latest compile, and the edited page after an update', async () => {
    const dir = await writeContentFixture(site);
    const content = createDevContent(dir, '/');
    expect(titleOf(await content.dataFile('/data/questions/q.json'))).toBe('First title');
    expect(await content.dataFile('/data/questions/none.json')).toBeUndefined();

    await fs.writeFile(path.join(dir, 'questions/q.md'), questionFile({ title: 'Second title' }));
    await content.update();
    expect(titleOf(await content.dataFile('/data/questions/q.json'))).toBe('Second title');
  });

  it('builds the search index only when a search file is asked for', async () => {
    const dir = await writeContentFixture(site);
    const content = createDevContent(dir, '/');
    vi.mocked(buildSearchIndex).mockClear();
    await content.update();
    await content.dataFile('/data/questions/q.json');
    await content.dataFile('/data/site.json');
    expect(buildSearchIndex).not.toHaveBeenCalled();

    expect(await content.dataFile(searchManifestUrl)).toContain('"version"');
    await content.dataFile(searchManifestUrl);
    expect(buildSearchIndex).toHaveBeenCalledTimes(1);
  });

  it('lets the changes made before a compile starts share it', async () => {
    const content = createDevContent(await writeContentFixture(site), '/');
    const first = content.update();
    expect(content.update()).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the first compile has started
    const next = content.update();
    expect(content.update()).toBe(next);
    expect(next).not.toBe(first);
    await Promise.all([first, next]);
  });

  it('rejects with the content errors, and serves again once they are fixed', async () => {
    const dir = await writeContentFixture(site);
    const content = createDevContent(dir, '/');
    await fs.writeFile(path.join(dir, 'questions/q.md'), questionFile({ order: 'first' }));
    await expect(content.update()).rejects.toThrow(ContentErrors);
    await expect(content.dataFile('/data/questions/q.json')).rejects.toThrow(
      /q\.md:5:8: field "order" must be a number/,
    );

    await fs.writeFile(path.join(dir, 'questions/q.md'), questionFile());
    await content.update();
    expect(titleOf(await content.dataFile('/data/questions/q.json'))).toBe('What is it?');
  });
});
