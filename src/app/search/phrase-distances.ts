/** Names in key order, so that consecutive ones share a prefix (see `boundedDistances`). */
export interface KeyOrder {
  /** Indexes of the keys, in sorted order. */
  order: Int32Array;
  /** How many first characters each key (in sorted order) shares with the one before it. */
  shared: Int32Array;
}

export function orderKeys(keys: readonly string[]): KeyOrder {
  const order = Int32Array.from(keys.keys()).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  const shared = new Int32Array(order.length);
  for (let rank = 1; rank < order.length; rank++) {
    const [before, key] = [keys[order[rank - 1]!]!, keys[order[rank]!]!];
    let length = 0;
    while (length < before.length && length < key.length && before[length] === key[length]) length++;
    shared[rank] = length;
  }
  return { order, shared };
}

/**
 * The Levenshtein distance from `query` to each key, or Infinity where it is above that key's
 * limit (a negative limit: not wanted). Keys are taken in sorted order and the table's rows are
 * kept: a key sharing its first characters with the one before reuses their rows. Names of a
 * large site repeat their openings ("What is ...", "Generated question ..."), and comparing every
 * name in full took most of a "did you mean".
 */
export function boundedDistances(
  query: string,
  keys: readonly string[],
  { order, shared }: KeyOrder,
  limits: Int32Array,
): Float64Array {
  const distances = new Float64Array(keys.length).fill(Infinity);
  const width = query.length + 1;
  const longest = keys.reduce((most, key) => Math.max(most, key.length), 0);
  // Row r: the distances from each prefix of the query to the key's first r characters.
  const rows = new Int32Array((longest + 1) * width);
  const rowMinimum = new Int32Array(longest + 1);
  for (let column = 0; column < width; column++) rows[column] = column;
  let valid = 0; // how many rows beyond row 0 hold the current key's prefixes
  for (let rank = 0; rank < order.length; rank++) {
    const index = order[rank]!;
    const key = keys[index]!;
    const limit = limits[index]!;
    valid = Math.min(valid, shared[rank]!);
    if (limit < 0 || Math.abs(key.length - query.length) > limit) continue;
    // Row minima never decrease: once one is above the limit, so is the distance.
    if (valid > 0 && rowMinimum[valid]! > limit) continue;
    let depth = valid;
    for (; depth < key.length; depth++) {
      const code = key.charCodeAt(depth);
      const above = depth * width;
      const row = above + width;
      rows[row] = depth + 1;
      let minimum = depth + 1;
      for (let column = 1; column < width; column++) {
        const cost = code === query.charCodeAt(column - 1) ? 0 : 1;
        const value = Math.min(
          rows[above + column]! + 1,
          rows[row + column - 1]! + 1,
          rows[above + column - 1]! + cost,
        );
        rows[row + column] = value;
        if (value < minimum) minimum = value;
      }
      rowMinimum[depth + 1] = minimum;
      if (minimum > limit) break;
    }
    valid = Math.min(depth + 1, key.length);
    if (depth < key.length) continue;
    const distance = rows[key.length * width + query.length]!;
    if (distance <= limit) distances[index] = distance;
  }
  return distances;
}
