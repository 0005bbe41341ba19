import 'katex/dist/katex.min.css';
import './app/styles/global.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app/App';
import { invalidateContent, preloadPageData } from './app/data/page-data-client';
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
await Promise.all([preloadRoute(pathname), preloadPageData(pathname)]).catch(() => {
  // The error boundary reports a failed load once the app renders.
});

if (container.hasChildNodes()) hydrateRoot(container, app);
else createRoot(container).render(app);

if (import.meta.hot) {
  import.meta.hot.on('content:update', invalidateContent);
}
