import type { TermShardPayload } from '../../shared/search/search-data';
import { packBySize } from './pack-by-size';

type TermEntry = TermShardPayload[number];

/**
 * Splits the postings into term shards of at most `targetBytes` of JSON each (a term larger than
 * that is a shard of its own), in term order. Shards are cut between prefixes where possible: all
 * terms starting with "co" stay together unless they are too many, then those starting with
 * "con", and so on. A query's word then needs one or two shards, and typo tolerance, which keeps
 * the first two letters (see queryPrefixes in the browser), rarely needs more.
 */
export function splitTerms(index: TermShardPayload, targetBytes: number): TermShardPayload[] {
  const sorted = [...index].sort(([a], [b]) => compareTerms(a, b));
  const groups = prefixGroups(sorted, 1, targetBytes);
  return packBySize(groups, (group) => group.bytes, targetBytes).map((run) => run.flatMap((group) => group.entries));
}

/** The order of terms on both sides (UTF-16 code units, as `<` compares strings). */
export function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface TermGroup {
  entries: TermEntry[];
  bytes: number;
}

/** Sorted entries in groups of a common prefix, each under `targetBytes` or a single term. */
function prefixGroups(entries: readonly TermEntry[], depth: number, targetBytes: number): TermGroup[] {
  const groups: TermGroup[] = [];
  let start = 0;
  while (start < entries.length) {
    const prefix = entries[start]![0].slice(0, depth);
    let end = start + 1;
    while (end < entries.length && entries[end]![0].slice(0, depth) === prefix) end++;
    const slice = entries.slice(start, end);
    const bytes = slice.reduce((sum, entry) => sum + JSON.stringify(entry).length + 1, 0);
    if (bytes <= targetBytes || slice.length === 1) groups.push({ entries: slice, bytes });
    else groups.push(...prefixGroups(slice, depth + 1, targetBytes));
    start = end;
  }
  return groups;
}
