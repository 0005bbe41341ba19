/** The results page. */
export const searchPagePath = '/search';

/** The results page for `query`: `/search?q=...`. */
export function searchPageUrl(query: string): string {
  return `${searchPagePath}?${new URLSearchParams({ q: query.trim() }).toString()}`;
}
