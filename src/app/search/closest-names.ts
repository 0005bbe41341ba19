import { distance } from 'fastest-levenshtein';
import { phraseTerms } from '../../shared/search/synonyms';
import { scanTerms } from '../../shared/search/scan-terms';
import { boundedDistances, orderKeys, type KeyOrder } from './phrase-distances';

/** A name the site knows (a glossary term, a page title, an alias, a keyword) and its terms. */
export interface VocabularyName {
  name: string;
  /** Its terms, joined by spaces. */
  key: string;
  /** Its terms, as indexes into `Vocabulary.words`. */
  wordIds: Int32Array;
}

/** The names worth suggesting, the distinct words they are made of, and their keys in sorted order. */
export interface Vocabulary {
  names: VocabularyName[];
  words: string[];
  /** The names' keys, and their sorted order. */
  keys: string[];
  keyOrder: KeyOrder;
}

/** Prepares names for `closestNames`: each with its normalized form, its words numbered. */
export function prepareVocabulary(names: readonly string[]): Vocabulary {
  const idOf = new Map<string, number>();
  const prepared = names
    .filter((name) => name.length <= 60)
    .map((name) => ({ name, key: keyOf(name) }))
    .filter((entry) => entry.key !== '')
    .map(({ name, key }) => {
      const wordIds = Int32Array.from(key.split(' '), (word) => {
        let id = idOf.get(word);
        if (id === undefined) idOf.set(word, (id = idOf.size));
        return id;
      });
      return { name, key, wordIds };
    });
  const keys = prepared.map((entry) => entry.key);
  return { names: prepared, words: [...idOf.keys()], keys, keyOrder: orderKeys(keys) };
}

/** How far a name may be from the input (edits per character) and still be offered. */
const maxScore = 0.45;

/**
 * The names closest in spelling to `input`, for "did you mean": compared as whole phrases and
 * word by word, so "atention maks" suggests "attention mask" and "lstn" suggests "LSTM".
 */
export function closestNames(input: string, vocabulary: Vocabulary, limit: number): string[] {
  const key = keyOf(input.slice(0, 100));
  if (key === '') return [];
  const words = key.split(' ');
  // Names share most of their words: each pair of words is compared once, before the names are.
  const wordDistances = words.map((word) =>
    Float64Array.from(
      vocabulary.words,
      (nameWord) => distance(word, nameWord) / Math.max(word.length, nameWord.length),
    ),
  );

  const keyLetters = countLetters(key);
  const { names } = vocabulary;
  const byWords = new Float64Array(names.length);
  // How far the whole phrase may be and still score better than its words: most names are ruled out cheaply.
  const limits = new Int32Array(names.length);
  names.forEach((entry, position) => {
    let perWord = 0;
    for (let index = 0; index < words.length; index++) {
      const distances = wordDistances[index]!;
      let best = Infinity;
      for (const id of entry.wordIds) best = Math.min(best, distances[id]!);
      perWord += best / words.length;
    }
    byWords[position] = perWord + 0.1 * Math.abs(entry.wordIds.length - words.length);
    const atMost = Math.floor(Math.min(byWords[position], maxScore) * Math.max(key.length, entry.key.length));
    limits[position] = letterDifference(keyLetters, key.length, entry.key) > atMost ? -1 : atMost;
  });
  const wholeDistances = boundedDistances(key, vocabulary.keys, vocabulary.keyOrder, limits);
  const scored: { name: string; score: number }[] = [];
  names.forEach((entry, position) => {
    const whole = wholeDistances[position]! / Math.max(key.length, entry.key.length);
    const score = Math.min(whole, byWords[position]!);
    if (score <= maxScore) scored.push({ name: entry.name, score });
  });
  scored.sort((a, b) => a.score - b.score || a.name.length - b.name.length);
  const seen = new Set<string>();
  return scored
    .filter((entry) => !seen.has(entry.name.toLowerCase()) && seen.add(entry.name.toLowerCase()))
    .slice(0, limit)
    .map((entry) => entry.name);
}

function keyOf(text: string): string {
  return phraseTerms(scanTerms(text))
    .map((span) => span.term)
    .join(' ');
}

/** How often each letter occurs in `text` (letters sharing a bucket count as one: the bound stays a bound). */
function countLetters(text: string): Uint16Array {
  const counts = new Uint16Array(256);
  for (let index = 0; index < text.length; index++) counts[text.charCodeAt(index) & 255]!++;
  return counts;
}

const scratch = new Uint16Array(256);

/** A lower bound of the edit distance: how many letters one string has that the other lacks. */
function letterDifference(counts: Uint16Array, length: number, text: string): number {
  let common = 0;
  for (let index = 0; index < text.length; index++) {
    const bucket = text.charCodeAt(index) & 255;
    if (scratch[bucket]! < counts[bucket]!) common++;
    scratch[bucket]!++;
  }
  for (let index = 0; index < text.length; index++) scratch[text.charCodeAt(index) & 255] = 0;
  return Math.max(length, text.length) - common;
}
