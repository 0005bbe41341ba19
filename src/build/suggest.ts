import { closest, distance } from 'fastest-levenshtein';

/** The candidate closest to `value`, if it is close enough to be a likely typo. */
export function suggestClosest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, [...candidates]);
  const limit = Math.max(2, Math.floor(value.length / 3));
  return distance(value.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}

/** ` Did you mean "x"?` or an empty string. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const suggestion = suggestClosest(value, candidates);
  return suggestion ? ` Did you mean "${suggestion}"?` : '';
}
