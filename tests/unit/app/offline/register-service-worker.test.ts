// @vitest-environment jsdom
import { beforeEach, expect, it, vi } from 'vitest';

/** A stand-in for the browser's service worker API: one registration whose workers the test moves through their states. */
function fakeContainer({ controlled }: { controlled: boolean }) {
  const registration = Object.assign(new EventTarget(), {
    installing: null as ServiceWorker | null,
    waiting: null as ServiceWorker | null,
  });
  const register = vi.fn(() => Promise.resolve(registration));
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? ({} as ServiceWorker) : null,
    register,
  });
  /** The first worker, once active, takes the open page over. */
  const takeOver = () => {
    container.controller = {} as ServiceWorker;
    container.dispatchEvent(new Event('controllerchange'));
  };
  const installNewWorker = () => {
    const worker = Object.assign(new EventTarget(), { state: 'installing', postMessage: vi.fn() });
    registration.installing = worker as unknown as ServiceWorker;
    registration.dispatchEvent(new Event('updatefound'));
    worker.state = 'installed';
    worker.dispatchEvent(new Event('statechange'));
    return worker;
  };
  return { container: container as unknown as ServiceWorkerContainer, register, installNewWorker, takeOver };
}

beforeEach(() => {
  vi.resetModules();
});

async function load() {
  const announce = vi.fn<(apply: () => void) => void>();
  const cacheLoadedData = vi.fn(() => Promise.resolve());
  vi.doMock('../../../../src/app/offline/update-state', () => ({ announceUpdate: announce }));
  vi.doMock('../../../../src/app/offline/cache-loaded-data', () => ({ cacheLoadedData }));
  const { registerServiceWorker } = await import('../../../../src/app/offline/register-service-worker');
  return { announce, cacheLoadedData, registerServiceWorker };
}

it('announces a new version that installs while an older one controls the page, and activates it on reload', async () => {
  const { announce, registerServiceWorker } = await load();
  const { container, register, installNewWorker } = fakeContainer({ controlled: true });
  await registerServiceWorker(container);
  expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  const worker = installNewWorker();
  expect(announce).toHaveBeenCalledOnce();

  const reload = vi.fn();
  vi.spyOn(window, 'location', 'get').mockReturnValue({ reload } as unknown as Location);
  announce.mock.calls[0]![0]();
  expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  expect(reload).not.toHaveBeenCalled();
  container.dispatchEvent(new Event('controllerchange'));
  expect(reload).toHaveBeenCalledOnce();
});

it('says nothing when the first service worker installs: there is no older version to replace', async () => {
  const { announce, registerServiceWorker } = await load();
  const { container, installNewWorker } = fakeContainer({ controlled: false });
  await registerServiceWorker(container);
  installNewWorker();
  expect(announce).not.toHaveBeenCalled();
});

it('has the data this page load used cached: at once when controlled, else once the first worker takes over', async () => {
  const { cacheLoadedData, registerServiceWorker } = await load();
  const controlled = fakeContainer({ controlled: true });
  await registerServiceWorker(controlled.container);
  expect(cacheLoadedData).toHaveBeenCalledExactlyOnceWith(controlled.container.controller, {
    fetchedBeforeControl: false,
  });

  cacheLoadedData.mockClear();
  const firstVisit = fakeContainer({ controlled: false });
  await registerServiceWorker(firstVisit.container);
  expect(cacheLoadedData).not.toHaveBeenCalled();
  firstVisit.takeOver();
  expect(cacheLoadedData).toHaveBeenCalledExactlyOnceWith(firstVisit.container.controller, {
    fetchedBeforeControl: true,
  });
});

it('does nothing where the browser has no service workers', async () => {
  const { announce, registerServiceWorker } = await load();
  await expect(registerServiceWorker(undefined)).resolves.toBeUndefined();
  expect(announce).not.toHaveBeenCalled();
});
