import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeCollectHeadings } from './rehype-collect-headings';
import { remarkForbidHtml } from './remark-forbid-html';
import { remarkForbidUnsafeUrls } from './remark-forbid-unsafe-urls';
import { remarkRejectH1 } from './remark-reject-h1';
import { remarkResolveLinks, type ResolveLinksOptions } from './remark-resolve-links';

/** KaTeX settings for every formula on the site. `trust: false` keeps \href, \htmlId and friends inert. */
export const katexOptions = {
  output: 'htmlAndMathml', // MathML stays in the page for screen readers
  trust: false,
  strict: 'error', // a formula KaTeX would only warn about is still a content error
} as const;

/**
 * The Markdown → HTML pipeline, in data-flow order. Problems are reported as messages on the
 * VFile (see `toContentErrors`); plugins that need the whole site get it through `links`.
 */
export function createMarkdownProcessor(links: ResolveLinksOptions) {
  return (
    unified()
      // parse: Markdown with YAML frontmatter, GitHub extensions and $math$
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkGfm)
      .use(remarkMath)
      // check and rewrite the Markdown tree
      .use(remarkForbidHtml)
      .use(remarkForbidUnsafeUrls)
      .use(remarkRejectH1)
      .use(remarkResolveLinks, links)
      // to HTML: heading ids, the table of contents, then math
      .use(remarkRehype)
      .use(rehypeSlug)
      .use(rehypeCollectHeadings)
      .use(rehypeKatex, katexOptions)
      .use(rehypeStringify)
  );
}

export type MarkdownProcessor = ReturnType<typeof createMarkdownProcessor>;
