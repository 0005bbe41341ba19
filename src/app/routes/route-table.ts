import type { ComponentType } from 'react';
import { matchRoutes } from 'react-router-dom';
import { createResourceCache } from '../data/resource-cache';

/** Every route of the app, with the module that renders it. Each page's code is its own chunk. */
const routeModules = {
  home: () => import('./HomePage'),
  topic: () => import('./TopicPage'),
  question: () => import('./QuestionPage'),
  notFound: () => import('./NotFoundPage'),
  studyPath: () => import('../study/routes/PathPage'),
  review: () => import('../study/routes/ReviewPage'),
  search: () => import('../search/SearchPage'),
  glossary: () => import('../reading/GlossaryPage'),
  notation: () => import('../reading/NotationPage'),
  practice: () => import('../practice/PracticePage'),
} satisfies Record<string, () => Promise<{ default: ComponentType }>>;

export type RouteName = keyof typeof routeModules;

export const routeTable: { path: string; name: RouteName }[] = [
  { path: '/', name: 'home' },
  { path: '/topics/:slug', name: 'topic' },
  { path: '/questions/:slug', name: 'question' },
  { path: '/path', name: 'studyPath' },
  { path: '/review', name: 'review' },
  { path: '/search', name: 'search' },
  { path: '/glossary', name: 'glossary' },
  { path: '/notation', name: 'notation' },
  { path: '/practice', name: 'practice' },
  { path: '*', name: 'notFound' },
];

export const routeModuleCache = createResourceCache(async (name) => {
  const module = await routeModules[name as RouteName]();
  return module.default;
});

export function routeNameOf(pathname: string): RouteName {
  return matchRoutes(routeTable, pathname)?.[0]?.route.name ?? 'notFound';
}

/** Loads the code of the page at `pathname`, so that it renders without suspending. */
export async function preloadRoute(pathname: string): Promise<void> {
  await routeModuleCache.get(routeNameOf(pathname));
}
