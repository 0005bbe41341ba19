import type { SearchDocument, StoredSearchFields } from '../../../shared/search/search-data';

/**
 * A corpus of `sectionCount` search documents made from the real ones: pages of eight sections
 * whose titles, headings, sentences, formulas and names are drawn (seeded, so runs compare) from
 * the site's own index, so term statistics stay realistic as the size grows.
 */
export function generateSearchCorpus(
  source: readonly StoredSearchFields[],
  names: readonly string[],
  sectionCount: number,
  seed = 1,
): SearchDocument[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentences = source.flatMap((document) => document.text.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 20);
  const headings = source.map((document) => document.heading).filter(Boolean);
  const titles = source.map((document) => document.title);
  const formulas = source.flatMap((document) => document.formulas);

  const documents: SearchDocument[] = [];
  for (let id = 0; id < sectionCount; id++) {
    const page = Math.floor(id / 8);
    const isLead = id % 8 === 0;
    const text = Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(sentences)).join(' ');
    documents.push({
      id,
      href: `/questions/generated-${page}${isLead ? '' : `#section-${id % 8}`}`,
      kind: page % 10 === 0 ? 'topic' : 'question',
      title: `${pick(titles)} (${page})`,
      heading: isLead ? '' : pick(headings),
      aliases: isLead ? Array.from({ length: Math.floor(random() * 3) }, () => pick(names)) : [],
      keywords: isLead ? Array.from({ length: Math.floor(random() * 5) }, () => pick(names)) : [],
      glossary: [],
      text,
      body: text,
      formulas: Array.from({ length: Math.floor(random() * 4) }, () => pick(formulas)),
    });
  }
  return documents;
}

/** A small seeded PRNG: the same corpus on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
