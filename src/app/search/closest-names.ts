import { phraseTerms } from '../../shared/search/synonyms';
import { scanTerms } from '../../shared/search/scan-terms';

/** A name the site knows (a glossary term, a page title, an alias, a keyword) and its terms. */
export interface VocabularyName {
  name: string;
  /** Its terms, joined by spaces. */
  key: string;
  words: string[];
}

/** Prepares names for `closestNames`: each with its normalized form. */
export function prepareVocabulary(names: readonly string[]): VocabularyName[] {
  return names
    .filter((name) => name.length <= 60)
    .map((name) => {
      const key = keyOf(name);
      return { name, key, words: key.split(' ') };
    })
    .filter((entry) => entry.key !== '');
}

/** How far a name may be from the input (edits per character) and still be offered. */
const maxScore = 0.45;

/**
 * The names closest in spelling to `input`, for "did you mean": compared as whole phrases and
 * word by word, so "atention maks" suggests "attention mask" and "lstn" suggests "LSTM".
 */
export function closestNames(input: string, vocabulary: readonly VocabularyName[], limit: number): string[] {
  const key = keyOf(input.slice(0, 100));
  if (key === '') return [];
  const words = key.split(' ');
  // Names share most of their words: each pair of words is compared once.
  const wordDistances = words.map(() => new Map<string, number>());
  const wordDistance = (index: number, nameWord: string) => {
    const known = wordDistances[index]!.get(nameWord);
    if (known !== undefined) return known;
    const word = words[index]!;
    const relative = distance(word, nameWord) / Math.max(word.length, nameWord.length);
    wordDistances[index]!.set(nameWord, relative);
    return relative;
  };

  const keyLetters = countLetters(key);
  const scored: { name: string; score: number }[] = [];
  for (const entry of vocabulary) {
    let perWord = 0;
    for (let index = 0; index < words.length; index++) {
      let best = Infinity;
      for (const nameWord of entry.words) best = Math.min(best, wordDistance(index, nameWord));
      perWord += best / words.length;
    }
    const byWords = perWord + 0.1 * Math.abs(entry.words.length - words.length);
    // The whole phrase only matters where it would score better: most names are ruled out cheaply.
    const longest = Math.max(key.length, entry.key.length);
    const atMost = Math.floor(Math.min(byWords, maxScore) * longest);
    const whole =
      letterDifference(keyLetters, key.length, entry.key) > atMost
        ? Infinity
        : distance(key, entry.key, atMost) / longest;
    const score = Math.min(whole, byWords);
    if (score <= maxScore) scored.push({ name: entry.name, score });
  }
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

/**
 * Levenshtein distance (strings here are short: names and queries of a few words); any distance
 * above `atMost` is reported as infinite, as soon as it is certain.
 */
function distance(a: string, b: string, atMost = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > atMost) return Infinity;
  let previous = new Int32Array(b.length + 1).map((_, index) => index);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > atMost) return Infinity;
    [previous, current] = [current, previous];
  }
  return previous[b.length]! > atMost ? Infinity : previous[b.length]!;
}
