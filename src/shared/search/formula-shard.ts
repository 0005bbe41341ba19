/**
 * The formula shard holding the rendering of `tex`, out of `shardCount`: a hash of the TeX source
 * (FNV-1a), so the build and the browser agree without a list of every formula.
 */
export function formulaShardOf(tex: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < tex.length; index++) {
    hash ^= tex.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}
