/** Fetches and parses a JSON file of the site (the browser's `fetch`, or the bench's files in memory). */
export type FetchJson = (url: string) => Promise<unknown>;

/**
 * Fetches each shard once and keeps it for the rest of the visit: a second query reuses what the
 * first one loaded. A failed fetch is forgotten, so the next query that needs the shard retries.
 */
export function createShardCache<T>(fetchJson: FetchJson): (url: string) => Promise<T> {
  const shards = new Map<string, Promise<T>>();
  return (url) => {
    let shard = shards.get(url);
    if (!shard) {
      shard = fetchJson(url) as Promise<T>;
      shards.set(url, shard);
      shard.catch(() => shards.delete(url));
    }
    return shard;
  };
}
