import 'katex/dist/katex.min.css';
import './app/styles/global.css';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app/App';
import { primeFromDocument } from './app/data/first-visit-data';
import { invalidateContent, preloadPageData } from './app/data/page-data-client';
import { linkWebManifest } from './app/offline/link-web-manifest';
import { registerServiceWorker } from './app/offline/register-service-worker';
import { preloadRoute } from './app/routes/route-table';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const pathname = window.location.pathname.slice(basename === '/' ? 0 : basename.length) || '/';
const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <BrowserRouter basename={basename}>
      <App />
    </BrowserRouter>
  </StrictMode>
);

// Load the page's code and data before hydrating, so the first render matches the prerendered HTML.
// The data comes with the page; only the code is fetched. Widgets load when scrolled near (WidgetSlot).
primeFromDocument(pathname);
await Promise.all([preloadRoute(pathname), preloadPageData(pathname)]).catch(() => {
  // The error boundary reports a failed load once the app renders.
});

// Prerendered pages hydrate; the dev server and the offline shell have only the template's placeholder comment.
// As a transition, hydration is split into short tasks (React yields every few milliseconds) instead of
// one task of 15–30 ms on the VAE topic, which a slow phone's CPU makes four times as long.
if (container.firstElementChild) {
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else createRoot(container).render(app);

// The service worker (offline reading) starts once the page has loaded, so it never competes with it;
// so does the manifest that makes the site installable with it.
// Its registration code (0.6 KB) comes with the app's: a file of its own cost more in requests and gzip.
const afterLoad = () => {
  linkWebManifest();
  if (import.meta.env.PROD) void registerServiceWorker().catch(() => undefined);
};
if (document.readyState === 'complete') afterLoad();
else window.addEventListener('load', afterLoad, { once: true });

if (import.meta.hot) {
  import.meta.hot.on('content:update', () => {
    invalidateContent();
    void import('./app/search/load-search').then((module) => {
      module.forgetSearch();
    });
  });
}
