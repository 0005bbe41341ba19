import type { Options } from 'minisearch';
import { scanTerms } from './scan-terms';
import { searchFields, type SearchDocument, type SearchField } from './search-data';
import { createSynonymMatcher, type SynonymMatcher } from './synonyms';

/**
 * The MiniSearch options of the index: the build creates the index with them, the browser loads
 * it with them. Terms are made by `indexTerms` (MiniSearch's own tokenizer and term processing
 * are replaced), so both sides read text the same way.
 */
export function createIndexOptions(synonyms: readonly (readonly string[])[]): Options<SearchDocument> {
  const matcher = createSynonymMatcher(synonyms);
  return {
    fields: searchFields,
    extractField: (document, field) =>
      field === 'id' || !isSearchField(field) ? document[field as keyof SearchDocument] : fieldText(document, field),
    // Formulas arrive as terms already (see SearchFormula); everything else is text.
    tokenize: (text, field) =>
      field === 'math' ? termsWithMarkers(text.split(' '), matcher) : indexTerms(text, matcher),
    processTerm: (term) => term,
  };
}

/** The terms of a text as the index stores them: its words, joined hyphenated words, synonym markers. */
export function indexTerms(text: string, matcher: SynonymMatcher): string[] {
  const terms: string[] = [];
  // Lines are separate names or paragraphs: a phrase never spans two of them.
  for (const line of text.split('\n')) {
    const spans = scanTerms(line);
    for (const span of spans) terms.push(span.term);
    for (const match of matcher.findAll(spans)) terms.push(match.marker);
  }
  return terms;
}

function termsWithMarkers(terms: string[], matcher: SynonymMatcher): string[] {
  const spans = terms.filter(Boolean).map((term) => ({ term, start: 0, end: 0 }));
  return [...spans.map((span) => span.term), ...matcher.findAll(spans).map((match) => match.marker)];
}

function fieldText(document: SearchDocument, field: SearchField): string {
  const isLead = document.heading === '';
  switch (field) {
    case 'name':
      return isLead ? document.title : '';
    case 'page':
      return isLead ? '' : document.title;
    case 'aliases':
    case 'keywords':
    case 'glossary':
      return document[field].join('\n');
    case 'math':
      return document.formulas.flatMap((formula) => formula.terms).join(' ');
    case 'heading':
    case 'body':
      return document[field];
  }
}

function isSearchField(field: string): field is SearchField {
  return (searchFields as string[]).includes(field);
}
