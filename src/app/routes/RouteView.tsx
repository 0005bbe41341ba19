import { use } from 'react';
import { routeModuleCache, type RouteName } from './route-table';

/** The page of a route, its code loaded through the route cache (suspends until it has loaded). */
export function RouteView({ name }: { name: RouteName }) {
  const Page = use(routeModuleCache.get(name));
  // `Page` is a module's default export, cached per route: the same component on every render.
  // eslint-disable-next-line react-hooks/static-components
  return <Page />;
}
