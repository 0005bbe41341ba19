// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cacheLoadedData } from '../../../../src/app/offline/cache-loaded-data';

const origin = window.location.origin;
let cached: Set<string>;

beforeEach(() => {
  cached = new Set();
  vi.stubGlobal('caches', {
    match: vi.fn((url: string) => Promise.resolve(cached.has(url) ? new Response() : undefined)),
  });
  vi.spyOn(performance, 'getEntriesByType').mockImplementation((type) => {
    const names =
      type === 'navigation'
        ? [`${origin}/questions/elbo`]
        : [`${origin}/data/questions/gru-vs-lstm.json`, `${origin}/assets/app-1234.js`, `${origin}/data/site.json`];
    return names.map((name) => ({ name }) as PerformanceEntry);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function fakeWorker() {
  return { postMessage: vi.fn() };
}

it('asks the worker to cache the page’s own data, which came inside its HTML', async () => {
  const worker = fakeWorker();
  await cacheLoadedData(worker as unknown as ServiceWorker, { fetchedBeforeControl: false });
  expect(worker.postMessage).toHaveBeenCalledWith({
    type: 'CACHE_URLS',
    payload: { urlsToCache: [`${origin}/data/questions/elbo.json`] },
  });
});

it('on a first visit, adds the data files fetched before the worker took over, unless a cache has them', async () => {
  cached.add(`${origin}/data/site.json`);
  const worker = fakeWorker();
  await cacheLoadedData(worker as unknown as ServiceWorker, { fetchedBeforeControl: true });
  expect(worker.postMessage).toHaveBeenCalledWith({
    type: 'CACHE_URLS',
    payload: { urlsToCache: [`${origin}/data/questions/elbo.json`, `${origin}/data/questions/gru-vs-lstm.json`] },
  });
});

it('sends nothing when every file is cached already', async () => {
  cached.add(`${origin}/data/questions/elbo.json`);
  const worker = fakeWorker();
  await cacheLoadedData(worker as unknown as ServiceWorker, { fetchedBeforeControl: false });
  expect(worker.postMessage).not.toHaveBeenCalled();
});
