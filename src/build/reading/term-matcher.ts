/** The names a glossary term is marked by, and the page that explains it. */
export interface GlossaryTermNames {
  /** The term's id (`toTermId(term)`). */
  id: string;
  /** The term and its aliases. */
  names: string[];
  /** Absolute path of the content file that explains the term; the term is not marked there. */
  pageFile: string;
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

interface Candidate {
  id: string;
  name: string;
  caseSensitive: boolean;
}

/**
 * Finds glossary names in prose: whole words only (an "s" plural is allowed), the longest name
 * first, any whitespace between a name's words. Names with two or more capitals ("KL", "LSTM",
 * "Kullback–Leibler") must match exactly; other names match in any case.
 */
export function createTermMatcher(terms: readonly GlossaryTermNames[]) {
  const byKey = new Map<string, Candidate[]>();
  for (const term of terms) {
    for (const name of term.names) {
      const key = normalize(name);
      if (key === '') continue;
      const candidate = {
        id: term.id,
        name: name.trim().replace(/\s+/g, ' '),
        caseSensitive: /\p{Lu}.*\p{Lu}/u.test(name),
      };
      byKey.set(key, [...(byKey.get(key) ?? []), candidate]);
    }
  }
  const alternatives = [...byKey.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.split(' ').map(escapeRegExp).join('\\s+'));
  const pattern =
    alternatives.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}_-])(${alternatives.join('|')})s?(?![\\p{L}\\p{N}_])`, 'giu')
      : undefined;

  /** Every match in `text`, in order, skipping ids for which `wanted` says no. */
  return function* findTerms(text: string, wanted: (id: string) => boolean): Generator<TermMatch> {
    if (!pattern) return;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text))) {
      const written = match[1]!.replace(/\s+/g, ' ');
      const candidate = byKey
        .get(normalize(written))
        ?.find((option) => (!option.caseSensitive || option.name === written) && wanted(option.id));
      if (candidate) {
        yield { id: candidate.id, start: match.index, end: match.index + match[0].length };
      } else {
        pattern.lastIndex = match.index + 1;
      }
    }
  };
}

function normalize(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
