/**
 * Cuts `items` into consecutive runs whose sizes add up to at most `target`; an item larger than
 * `target` is a run of its own. Order is kept, so each run covers a range (of ids, of terms).
 */
export function packBySize<T>(items: readonly T[], sizeOf: (item: T) => number, target: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (run.length > 0 && size + itemSize > target) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(item);
    size += itemSize;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
