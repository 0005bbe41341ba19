/**
 * British → American spelling, applied to every term on both sides of the search (index and
 * query), so that "normalisation", "colour" and "modelling" find "normalization", "color" and
 * "modeling" and the reverse. Rules are deliberately narrow: a false merge would surface wrong
 * results, a missed one only falls back to fuzzy matching.
 */

// -ise words that are not -ize words in American English (before "ise", "ised", "ising", ...).
const notIzeStems = new Set([
  'advert',
  'chast',
  'circumc',
  'compr',
  'comprom',
  'conc',
  'desp',
  'disgu',
  'enterpr',
  'exerc',
  'expert',
  'franch',
  'improv',
  'merchand',
  'mort',
  'parad',
  'prec',
  'prem',
  'prom',
  'repr',
  'superv',
  'surpr',
  'telev',
  'treat',
]);

const ourStems = /^(colo|behavio|neighbo|favo|flavo|hono|labo|humo|rumo|vapo|harbo|armo|odo|tumo|vigo|rigo|endeavo)ur/;
const treWords = /^(cen|me|li|fib|calib|thea|spec|lus)tre(s|d)?$/;
const doubledL =
  /^(model|label|travel|cancel|signal|fuel|tunnel|channel|level|total|counsel|dial|equal|funnel|marshal|pedal|rival|shovel)l(ed|ing|er|ers)$/;
const ogueWords = /^(analo|catalo|dialo|monolo|prolo|epilo)gue(s|d)?$/;
const words = new Map([
  ['grey', 'gray'],
  ['artefact', 'artifact'],
  ['artefacts', 'artifacts'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['defence', 'defense'],
  ['licence', 'license'],
  ['practise', 'practice'],
  ['practised', 'practiced'],
  ['sceptical', 'skeptical'],
  ['aluminium', 'aluminum'],
]);

/** The American spelling of a lowercase word (the word itself when no rule applies). */
export function americanize(word: string): string {
  const known = words.get(word);
  if (known) return known;
  let result = word
    .replace(/parameteri([sz])/, 'parametri$1') // reparameterization ↔ reparametrization
    .replace(/^(.*[a-z]{2})lys(e|ed|es|ing|er|ers)$/, '$1lyz$2')
    .replace(ourStems, '$1r')
    .replace(treWords, (_, stem: string, end = '') => `${stem}ter${end === 'd' ? 'ed' : end}`)
    .replace(doubledL, '$1$2')
    .replace(ogueWords, '$1g$2');
  const ise = /^(.+)is(ation|ations|e|ed|es|ing|er|ers)$/.exec(result);
  if (ise) {
    const stem = ise[1]!;
    const isIze = stem.length >= 4 && !stem.endsWith('w') && !stem.endsWith('no') && !notIzeStems.has(stem);
    if (isIze) result = `${stem}iz${ise[2]!}`;
  }
  return result;
}
