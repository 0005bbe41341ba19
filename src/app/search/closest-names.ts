import { phraseTerms } from '../../shared/search/synonyms';
import { scanTerms } from '../../shared/search/scan-terms';

/** A name the site knows (a glossary term, a page title, an alias, a keyword) and its terms. */
export interface VocabularyName {
  name: string;
  key: string;
}

/** Prepares names for `closestNames`: each with its normalized form. */
export function prepareVocabulary(names: readonly string[]): VocabularyName[] {
  return names
    .filter((name) => name.length <= 60)
    .map((name) => ({ name, key: keyOf(name) }))
    .filter((entry) => entry.key !== '');
}

/**
 * The names closest in spelling to `input`, for "did you mean": compared as whole phrases and
 * word by word, so "atention maks" suggests "attention mask" and "lstn" suggests "LSTM".
 */
export function closestNames(input: string, vocabulary: readonly VocabularyName[], limit: number): string[] {
  const key = keyOf(input.slice(0, 100));
  if (key === '') return [];
  const words = key.split(' ');
  const scored: { name: string; score: number }[] = [];
  for (const entry of vocabulary) {
    const whole = distance(key, entry.key) / Math.max(key.length, entry.key.length);
    const nameWords = entry.key.split(' ');
    const perWord =
      words.reduce((sum, word) => {
        const best = Math.min(
          ...nameWords.map((nameWord) => distance(word, nameWord) / Math.max(word.length, nameWord.length)),
        );
        return sum + best;
      }, 0) / words.length;
    const score = Math.min(whole, perWord + 0.1 * Math.abs(nameWords.length - words.length));
    if (score <= 0.45) scored.push({ name: entry.name, score });
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

/** Levenshtein distance (strings here are short: names and queries of a few words). */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
