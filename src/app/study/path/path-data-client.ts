import { use } from 'react';
import { studyPathDataUrl, type StudyPathData } from '../../../shared/study-path';
import { createResourceCache } from '../../data/resource-cache';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `data/path.json`, fetched once and cached. Only the pages that show the whole path load it. */
export const studyPathCache = createResourceCache(async (url) => {
  const response = await fetch(base + url);
  if (!response.ok) throw new Error(`could not load the study path: HTTP ${response.status}`);
  return (await response.json()) as StudyPathData;
});

/** The study path. Suspends until loaded. */
export function useStudyPath(): StudyPathData {
  return use(studyPathCache.get(studyPathDataUrl));
}

/** Loads the study path outside rendering (e.g. in an effect after hydration). */
export function loadStudyPath(): Promise<StudyPathData> {
  return studyPathCache.get(studyPathDataUrl);
}

/** Makes the study path available without a fetch: the prerender step renders `/path` with it. */
export function primeStudyPath(path: StudyPathData): void {
  studyPathCache.prime(studyPathDataUrl, path);
}
