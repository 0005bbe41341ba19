/** The source module that renders each route: the modules `src/app/routes/route-table.ts` imports, by route name. */
export const routeModules = {
  home: 'src/app/routes/HomePage.tsx',
  topic: 'src/app/routes/TopicPage.tsx',
  question: 'src/app/routes/QuestionPage.tsx',
  notFound: 'src/app/routes/NotFoundPage.tsx',
  studyPath: 'src/app/study/routes/PathPage.tsx',
  review: 'src/app/study/routes/ReviewPage.tsx',
  search: 'src/app/search/SearchPage.tsx',
  glossary: 'src/app/reading/GlossaryPage.tsx',
  notation: 'src/app/reading/NotationPage.tsx',
  practice: 'src/app/practice/PracticePage.tsx',
} as const;

export type RouteModuleName = keyof typeof routeModules;
