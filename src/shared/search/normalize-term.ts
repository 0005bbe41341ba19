import { americanize } from './spelling';

/**
 * One word of text → the term the search index stores, the same at build time and in the
 * browser: case and diacritics folded, Greek letters spelled out (β → beta, so "beta-VAE" finds
 * "β-VAE"), underscores, carets and apostrophes dropped (d_k → dk, W^Q → wq, model's → model),
 * British spellings made American, then a light stemming (plural "s", "-ing", "-ed", final "e":
 * scaled, scaling, scales and scale meet). Returns undefined for words too common or too short to
 * search for. Not idempotent (stems are not words): apply it to words, never to terms.
 */
export function normalizeTerm(word: string): string | undefined {
  const known = memo.get(word);
  if (known !== undefined || memo.has(word)) return known;
  if (memo.size >= memoLimit) memo.clear();
  const term = computeTerm(word);
  memo.set(word, term);
  return term;
}

// Words repeat a lot (in the index, and in every snippet): normalizing each spelling once keeps
// highlighting a page of results well under a millisecond.
const memo = new Map<string, string | undefined>();
const memoLimit = 50_000;

function computeTerm(word: string): string | undefined {
  let term = word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’_^]/g, '');
  term = term.replace(/[^a-z0-9]/g, (char) => letterNames.get(char) ?? char);
  if (term.length < 2 || stopWords.has(term)) return undefined;
  return stem(singular(americanize(term)));
}

/** Strips "-ing", "-ed" and a final "e" (embedding → embed, divided → divid, divide → divid). */
function stem(term: string): string {
  if (/\d/.test(term)) return term;
  let base = term;
  if (term.length >= 6 && term.endsWith('ing')) base = term.slice(0, -3);
  else if (term.length >= 5 && term.endsWith('ed') && !term.endsWith('eed') && term !== 'embed')
    base = term.slice(0, -2);
  else if (term.length >= 4 && term.endsWith('e') && !term.endsWith('ee')) return term.slice(0, -1);
  // padding → padd → pad, but pooling → pool, fulfilling → fulfill
  if (base !== term && /([b-df-hj-km-np-tv-z])\1$/.test(base) && !/(ll|ss|zz)$/.test(base)) base = base.slice(0, -1);
  return base.length >= 3 ? base : term;
}

function singular(term: string): string {
  if (term.length < 4 || !term.endsWith('s')) return term;
  if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`;
  if (/(ss|us|is|as|os)$/.test(term)) return term;
  return term.slice(0, -1);
}

const greek: [string, string][] = [
  ['α', 'alpha'],
  ['β', 'beta'],
  ['γ', 'gamma'],
  ['δ', 'delta'],
  ['ε', 'epsilon'],
  ['ϵ', 'epsilon'],
  ['ζ', 'zeta'],
  ['η', 'eta'],
  ['θ', 'theta'],
  ['ϑ', 'theta'],
  ['ι', 'iota'],
  ['κ', 'kappa'],
  ['λ', 'lambda'],
  ['μ', 'mu'],
  ['ν', 'nu'],
  ['ξ', 'xi'],
  ['π', 'pi'],
  ['ρ', 'rho'],
  ['σ', 'sigma'],
  ['ς', 'sigma'],
  ['τ', 'tau'],
  ['υ', 'upsilon'],
  ['φ', 'phi'],
  ['ϕ', 'phi'],
  ['χ', 'chi'],
  ['ψ', 'psi'],
  ['ω', 'omega'],
];

/** Letters without an ASCII decomposition, and symbols that stand for a named operation. */
const letterNames = new Map<string, string>([
  ...greek,
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['√', 'sqrt'],
  ['∑', 'sum'],
  ['∏', 'prod'],
  ['∇', 'nabla'],
  ['∂', 'partial'],
  ['⊙', 'odot'],
  ['⊗', 'otimes'],
  ['∞', 'infinity'],
  ['∫', 'integral'],
]);

/** Characters `normalizeTerm` spells out, for tokenizers that must keep them as words. */
export const namedSymbols = '√∑∏∇∂⊙⊗∞∫';

const stopWords = new Set([
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'do',
  'does',
  'for',
  'from',
  'how',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'so',
  'than',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'this',
  'to',
  'was',
  'we',
  'what',
  'when',
  'which',
  'who',
  'why',
  'with',
]);
