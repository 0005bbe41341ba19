import { Suspense, use } from 'react';
import { useRoutes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { routeModuleCache, routeTable, type RouteName } from './routes/route-table';

function RouteView({ name }: { name: RouteName }) {
  const Page = use(routeModuleCache.get(name));
  // `Page` is a module's default export, cached per route: the same component on every render.
  // eslint-disable-next-line react-hooks/static-components
  return <Page />;
}

/** The whole app: one layout around the page of the current route. */
export function App() {
  const page = useRoutes(routeTable.map(({ path, name }) => ({ path, element: <RouteView name={name} /> })));
  return (
    <Layout>
      <Suspense fallback={<p className="loading">Loading…</p>}>{page}</Suspense>
    </Layout>
  );
}
