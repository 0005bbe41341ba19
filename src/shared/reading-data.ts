/** Reading aids the build adds to the site's data: backlinks, glossary, notation, link previews. */

/** A link to a topic or question page. */
export interface PageRef {
  kind: 'topic' | 'question';
  /** The page's route, e.g. `/questions/elbo`. */
  href: string;
  title: string;
}

/** A glossary term marked in a page's body (`<span class="gloss-term" data-term="id">`), for its tooltip. */
export interface MarkedTerm {
  /** The term's id: the `data-term` of its mark; its tooltip is `gloss-<id>`. */
  id: string;
  term: string;
  /** One sentence, rendered to HTML (may contain KaTeX markup). */
  definitionHtml: string;
}

/** Fields every topic and question page gets from the reading step (absent in older data). */
export interface PageReadingFields {
  /** Pages whose body links to this page ("Referenced by"), topics first, then by title. */
  backlinks?: PageRef[];
  /** Estimated reading time of the body, in whole minutes (at least 1). */
  readingMinutes?: number;
  /** When the page's file last changed in git (ISO 8601); absent when git does not know. */
  lastUpdated?: string;
  /** The glossary terms marked in `html`, in order of first occurrence. */
  glossaryTerms?: MarkedTerm[];
}

/** One entry of the `/glossary` page. */
export interface GlossaryPageEntry {
  /** Anchor on the glossary page, and the `data-term` of the term's marks. */
  id: string;
  term: string;
  /** Other names, acronyms and spellings. */
  aliases: string[];
  definitionHtml: string;
  /** The page (and heading) that explains the term. */
  explainedIn: PageRef;
  /** Other pages whose body uses the term, in study order. */
  mentionedOn: PageRef[];
}

/** A name a page goes by (a topic's or question's `aliases`) that the glossary does not define. */
export interface OtherName {
  name: string;
  pages: PageRef[];
}

/** The data of `/glossary`: every term alphabetically, then an index of the pages' other names. */
export interface GlossaryPageData {
  kind: 'glossary';
  entries: GlossaryPageEntry[];
  otherNames: OtherName[];
}

/** One symbol of the `/notation` page. */
export interface NotationPageEntry {
  /** The symbol as written in TeX, e.g. `\KL(q \,\|\, p)`. */
  tex: string;
  /** The symbol rendered by KaTeX. */
  symbolHtml: string;
  /** The site-wide macro this entry defines (e.g. `\KL`), if any. */
  macro?: string;
  meaningHtml: string;
  /** The first page, in study order, that uses the symbol. */
  firstUse?: PageRef;
}

/** The data of `/notation`: the site's symbols and macros. */
export interface NotationPageData {
  kind: 'notation';
  entries: NotationPageEntry[];
}

/** A labelled display equation, with its number on its page. */
export interface EquationPreview {
  /** The anchor, e.g. `eq-elbo`. */
  id: string;
  number: number;
  /** The rendered equation (KaTeX HTML). */
  html: string;
}

/** What a link preview card shows for a page (`/data/previews/<kind>s/<slug>.json`). */
export interface LinkPreviewData {
  kind: 'topic' | 'question';
  title: string;
  /** A question's short answer or a topic's summary, as HTML. */
  summaryHtml: string;
  /** The topic a question belongs to. */
  topicTitle?: string;
  /** The page's labelled equations, so a link to `#eq-…` previews the equation itself. */
  equations: EquationPreview[];
}
