import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { katexMacros } from '../../shared/katex-macros';
import { noReadingOptions, type ReadingPluginOptions } from '../reading/reading-plugin-options';
import { rehypeCollectEquations } from '../reading/rehype-collect-equations';
import { rehypeEquations } from '../reading/rehype-equations';
import { rehypeGlossaryTerms } from '../reading/rehype-glossary-terms';
import { rehypeHeadingAnchors } from '../reading/rehype-heading-anchors';
import { rehypeReadingStats } from '../reading/rehype-reading-stats';
import { rehypeCollectSearchSections } from '../search/rehype-collect-search-sections';
import { rehypeCollectHeadings } from './rehype-collect-headings';
import { rehypeCollectMathGlyphs, type MathGlyphs } from './rehype-collect-math-glyphs';
import { rehypeDropTexAnnotations } from './rehype-drop-tex-annotations';
import { remarkForbidHtml } from './remark-forbid-html';
import { remarkForbidUnsafeUrls } from './remark-forbid-unsafe-urls';
import { remarkRejectH1 } from './remark-reject-h1';
import { remarkResolveLinks, type ResolveLinksOptions } from './remark-resolve-links';
import { remarkWidgets } from './remark-widgets';

/** KaTeX settings for every formula on the site. `trust: false` keeps \href, \htmlId and friends inert. */
export const katexOptions = {
  output: 'htmlAndMathml', // MathML stays in the page for screen readers
  trust: false,
  strict: 'error', // a formula KaTeX would only warn about is still a content error
  macros: { ...katexMacros }, // \KL, \E, \ELBO… (a copy: KaTeX writes its own entries, e.g. for \tag, into it)
} as const;

/**
 * The Markdown → HTML pipeline, in data-flow order. Problems are reported as messages on the
 * VFile (see `toContentErrors`); plugins that need the whole site get it through `links`.
 * Every character drawn with KaTeX's fonts is added to `mathGlyphs` (per font file), for font subsetting.
 * `reading` gives the reading plugins the site's glossary and equation labels (see src/build/reading).
 */
export function createMarkdownProcessor(
  links: ResolveLinksOptions,
  mathGlyphs: MathGlyphs = new Map(),
  reading: ReadingPluginOptions = noReadingOptions,
) {
  return (
    unified()
      // parse: Markdown with YAML frontmatter, GitHub extensions and $math$
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkGfm)
      .use(remarkMath)
      .use(remarkDirective) // ::widget{name="..."} lines
      // check and rewrite the Markdown tree
      .use(remarkForbidHtml)
      .use(remarkForbidUnsafeUrls)
      .use(remarkRejectH1)
      .use(remarkResolveLinks, links)
      .use(remarkWidgets)
      // to HTML: heading ids, the table of contents, then math
      .use(remarkRehype)
      .use(rehypeSlug)
      .use(rehypeEquations, reading) // \label{eq:…} → numbered, anchored equations; {eq:…} → links
      .use(rehypeCollectHeadings)
      .use(rehypeCollectSearchSections) // before KaTeX: search reads formulas as TeX
      .use(rehypeGlossaryTerms, reading) // first occurrence of each glossary term
      .use(rehypeHeadingAnchors)
      .use(rehypeReadingStats, reading) // reading time, macros used
      .use(rehypeKatex, katexOptions)
      .use(rehypeDropTexAnnotations)
      .use(rehypeCollectEquations) // each labelled equation's HTML, for link previews
      .use(rehypeCollectMathGlyphs, { into: mathGlyphs })
      .use(rehypeStringify)
  );
}

export type MarkdownProcessor = ReturnType<typeof createMarkdownProcessor>;
