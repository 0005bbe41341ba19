import type { Query } from 'minisearch';
import { createMatchDescriber, type MatchDescription } from './describe-match';
import { createTermExpander, type TermSpec } from './expand-term';
import { createNodeMatches, type NodeMatches } from './node-matches';
import type { PostingIndex } from './posting-index';
import { collectQueryTerms, combinationOf, leafSpec, type NodeOptions, type ScoringOptions } from './query-terms';

/** Every section a query matched, with MiniSearch's scores, in the order of its result map. */
export interface ScoredMatches {
  /** Document ids, in the order MiniSearch's result map holds them: its sort keeps that order among equal scores. */
  ids: Int32Array;
  /** MiniSearch's final score of each: the sum over the index terms matched, times the number of query terms matched. */
  scores: Float64Array;
  /** The query terms each matched, as bits: term `t` of `queryTerms` is bit `t % 32` of word `i * words + t / 32`. */
  termBits: Uint32Array;
  queryTerms: readonly string[];
  words: number;
}

/** Scores queries over the loaded index as MiniSearch would. */
export interface QueryScorer {
  /** Every section `query` matches, as MiniSearch's `search` (options `boost`, `maxFuzzy`) would find them. */
  score(query: Query, options: ScoringOptions): ScoredMatches;
  /** What MiniSearch's result for section `id` says it matched; undefined if `query` does not match it. */
  describe(query: Query, options: ScoringOptions, id: number): MatchDescription | undefined;
}

const bm25 = { k: 1.2, b: 0.7, d: 0.5 }; // MiniSearch's defaults

/**
 * Scores a MiniSearch query tree as `MiniSearch#search` does, to the bit, but over arrays: MiniSearch
 * builds an object per matched posting and a result per matched section, which on a corpus where
 * every word is in half the sections costs most of a query's time. The tree is walked the way
 * `executeQuery` walks it (options inherited, children combined left to right), each leaf scored
 * as `executeQuerySpec` and `termResults` score it, with the same operations in the same order.
 */
export function createQueryScorer(index: PostingIndex, maxFuzzy: number): QueryScorer {
  const expand = createTermExpander(index, maxFuzzy);
  const { documentCount, fieldIds, averageFieldLength, fieldLengths } = index.ranking;
  // MiniSearch scores fields in the index's field order, the order `fieldIds` was written in.
  const fields = Object.keys(fieldIds);
  const nodes = createNodeMatches(documentCount);
  // Of the query being scored: 32-bit words of query-term bits per section, and the terms that count.
  let words = 1;
  let keepTerm: ScoringOptions['keepTerm'];

  const scoreLeaf = (
    spec: TermSpec,
    termBoost: number,
    bit: number,
    boost: Readonly<Record<string, number>>,
  ): NodeMatches => {
    const result = nodes.take();
    const { ids, has, sums, bits } = result;
    let count = 0;
    const { k, b, d } = bm25;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    for (const derived of expand(spec)) {
      if (keepTerm && !keepTerm(derived.term)) continue;
      for (const field of fields) {
        const fieldId = fieldIds[field]!;
        const postings = derived.postings.inField(fieldId);
        if (!postings) continue;
        const fieldBoost = (Object.hasOwn(boost, field) ? boost[field] : undefined) || 1;
        const matching = postings.documents.length;
        const invDocFreq = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
        const averageLength = averageFieldLength[fieldId]!;
        const lengths = fieldLengths[fieldId]!;
        const factor = derived.weight * termBoost * fieldBoost * 1; // × MiniSearch's document boost
        for (let position = 0; position < matching; position++) {
          const id = postings.documents[position]!;
          const frequency = postings.frequencies[position]!;
          const fieldLength = lengths[id] ?? 0;
          const raw =
            invDocFreq * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * fieldLength) / averageLength)));
          const weighted = factor * raw;
          if (has[id]) {
            sums[id] = sums[id]! + weighted;
          } else {
            has[id] = 1;
            ids[count++] = id;
            sums[id] = weighted;
            for (let w = 0; w < words; w++) bits[id * words + w] = 0;
            bits[id * words + word] = mask;
          }
        }
      }
    }
    result.count = count;
    return result;
  };

  const score = (query: Query, options: ScoringOptions): ScoredMatches => {
    keepTerm = options.keepTerm;
    const queryTerms = collectQueryTerms(query);
    const bitOf = new Map(queryTerms.map((term, bit) => [term, bit]));
    words = Math.max(1, Math.ceil(queryTerms.length / 32));
    nodes.setWords(words);

    const evaluate = (node: Query, inherited: NodeOptions): NodeMatches => {
      if (typeof node === 'string') {
        const leaf = leafSpec(node, inherited);
        return leaf ? scoreLeaf(leaf.spec, leaf.termBoost, bitOf.get(node)!, inherited.boost ?? {}) : nodes.take();
      }
      const { children, options: nodeOptions, operator } = combinationOf(node, inherited);
      let combined: NodeMatches | undefined;
      for (const child of children) {
        const scored = evaluate(child, nodeOptions);
        combined = combined ? nodes.combine(operator, combined, scored) : scored;
      }
      return combined ?? nodes.take();
    };

    const result = evaluate(query, { boost: options.boost });
    const { count } = result;
    const matches: ScoredMatches = {
      ids: result.ids.slice(0, count),
      scores: new Float64Array(count),
      termBits: new Uint32Array(count * words),
      queryTerms,
      words,
    };
    matches.ids.forEach((id, position) => {
      let matched = 0;
      for (let w = 0; w < words; w++) {
        const value = result.bits[id * words + w]!;
        matches.termBits[position * words + w] = value;
        matched += countBits(value);
      }
      matches.scores[position] = result.sums[id]! * (matched || 1);
    });
    nodes.release(result);
    return matches;
  };

  return { score, describe: createMatchDescriber(index, expand) };
}

function countBits(value: number): number {
  let count = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) count++;
  return count;
}
