import { Suspense } from 'react';
import { useRoutes } from 'react-router-dom';
import { AnnouncePageLive } from './components/AnnouncePageLive';
import { Layout } from './components/Layout';
import { RouteView } from './routes/RouteView';
import { routeTable } from './routes/route-table';

/** The whole app: one layout around the page of the current route. */
export function App() {
  const page = useRoutes(routeTable.map(({ path, name }) => ({ path, element: <RouteView name={name} /> })));
  return (
    <Layout>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        {page}
        <AnnouncePageLive />
      </Suspense>
    </Layout>
  );
}
