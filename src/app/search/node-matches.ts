/**
 * A query node's matches while a tree is scored: the ids in the order MiniSearch's result map
 * would hold them, and each section's sum and query-term bits in arrays over all documents
 * (`has` says which entries are current). Only `has` is cleared between uses: an entry is written
 * in full when its section first matches.
 */
export interface NodeMatches {
  /** The first `count` are the ids. */
  ids: Int32Array;
  count: number;
  has: Uint8Array;
  sums: Float64Array;
  bits: Uint32Array;
}

/**
 * Arrays for node matches, reused from query to query, and MiniSearch's ways of combining two
 * nodes' results (`combinators` in its source): OR keeps the first node's order and appends, AND
 * keeps the second node's order, AND_NOT the first's. A section in both adds the second sum to the
 * first, which keeps the floating-point sums MiniSearch computes.
 */
export function createNodeMatches(documentCount: number) {
  const pool: NodeMatches[] = [];
  let words = 1;

  const take = (): NodeMatches => {
    const reused = pool.pop();
    if (reused && reused.bits.length === documentCount * words) return reused;
    return {
      ids: new Int32Array(documentCount),
      count: 0,
      has: new Uint8Array(documentCount),
      sums: new Float64Array(documentCount),
      bits: new Uint32Array(documentCount * words),
    };
  };
  const release = (matches: NodeMatches) => {
    for (let index = 0; index < matches.count; index++) matches.has[matches.ids[index]!] = 0;
    matches.count = 0;
    pool.push(matches);
  };
  const addBits = (a: NodeMatches, b: NodeMatches, id: number) => {
    for (let w = id * words; w < (id + 1) * words; w++) a.bits[w]! |= b.bits[w]!;
  };

  const either = (a: NodeMatches, b: NodeMatches) => {
    for (let index = 0; index < b.count; index++) {
      const id = b.ids[index]!;
      if (a.has[id]) {
        a.sums[id] = a.sums[id]! + b.sums[id]!;
        addBits(a, b, id);
      } else {
        a.has[id] = 1;
        a.ids[a.count++] = id;
        a.sums[id] = b.sums[id]!;
        a.bits.set(b.bits.subarray(id * words, (id + 1) * words), id * words);
      }
    }
  };
  const both = (a: NodeMatches, b: NodeMatches) => {
    for (let index = 0; index < a.count; index++) if (!b.has[a.ids[index]!]) a.has[a.ids[index]!] = 0;
    // The ids kept, in b's order, overwrite a's: there are no more of them than a had.
    let kept = 0;
    for (let index = 0; index < b.count; index++) {
      const id = b.ids[index]!;
      if (!a.has[id]) continue;
      a.sums[id] = a.sums[id]! + b.sums[id]!;
      addBits(a, b, id);
      a.ids[kept++] = id;
    }
    a.count = kept;
  };
  const butNot = (a: NodeMatches, b: NodeMatches) => {
    for (let index = 0; index < b.count; index++) a.has[b.ids[index]!] = 0;
    let kept = 0;
    for (let index = 0; index < a.count; index++) if (a.has[a.ids[index]!]) a.ids[kept++] = a.ids[index]!;
    a.count = kept;
  };
  const combinators: Record<string, (a: NodeMatches, b: NodeMatches) => void> = {
    or: either,
    and: both,
    and_not: butNot,
  };

  return {
    take,
    release,
    /** Sets how many 32-bit words of query-term bits each section has, for the next query. */
    setWords(count: number) {
      words = count;
    },
    /** Combines `b` into `a` (MiniSearch's `combineWith`, any case) and returns `a`; `b` is released. */
    combine(operator: string, a: NodeMatches, b: NodeMatches): NodeMatches {
      const combinator = combinators[operator.toLowerCase()];
      if (!combinator) throw new Error(`Invalid combination operator: ${operator}`);
      combinator(a, b);
      release(b);
      return a;
    },
  };
}
