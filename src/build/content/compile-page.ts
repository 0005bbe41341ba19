import { VFile } from 'vfile';
import type { Heading } from '../../shared/page-data';
import { isSlug } from '../../shared/slugs';
import type { ContentError } from '../content-error';
import type { MarkdownProcessor } from '../markdown/markdown-processor';
import type { InternalLink } from '../markdown/remark-resolve-links';
import { compileInline } from '../markdown/compile-inline';
import { toContentErrors } from '../markdown/to-content-errors';
import { readingOf, type PageReading } from '../reading/page-reading';
import type { SearchSection } from '../search/rehype-collect-search-sections';
import {
  questionFrontmatterSchema,
  topicFrontmatterSchema,
  type QuestionFrontmatter,
  type TopicFrontmatter,
} from './frontmatter-schema';
import type { SourceFile } from './load-content';
import { parseFrontmatter, type LocateField } from './parse-frontmatter';

interface CompiledBody {
  file: string;
  slug: string;
  html: string;
  headings: Heading[];
  anchors: Set<string>;
  links: InternalLink[];
  locate: LocateField;
  /** The body split at its headings, for the search index. */
  sections: SearchSection[];
  /** Reading time, marked glossary terms, labelled equations, macros used (src/build/reading). */
  reading: PageReading;
}

export interface CompiledTopic extends CompiledBody {
  kind: 'topic';
  frontmatter: TopicFrontmatter;
}

export interface CompiledQuestion extends CompiledBody {
  kind: 'question';
  frontmatter: QuestionFrontmatter;
  summaryHtml: string;
  summaryText: string;
  /** The short answer's text and formulas, for the search index. */
  summarySections: SearchSection[];
}

export type CompiledPage = CompiledTopic | CompiledQuestion;

export interface CompileResult {
  page?: CompiledPage;
  errors: ContentError[];
}

/** Compiles one content file: frontmatter through its schema, body and short answer to HTML. */
export async function compilePage(source: SourceFile, processor: MarkdownProcessor): Promise<CompileResult> {
  const errors: ContentError[] = [];
  if (!isSlug(source.slug)) {
    errors.push({
      file: source.file,
      line: 1,
      column: 1,
      message: `file name "${source.slug}.md" is not a valid slug`,
      hint: 'use lowercase letters, digits and single hyphens, e.g. "reparametrization-trick.md"',
    });
  }
  const vfile = new VFile({ path: source.file, value: source.text });
  const tree = processor.parse(vfile);
  const yaml = tree.children[0]?.type === 'yaml' ? (tree.children[0]) : undefined;
  const block = yaml && { value: yaml.value, line: yaml.position?.start.line ?? 1 };
  const parsed =
    source.kind === 'topic'
      ? parseFrontmatter(source.file, block, topicFrontmatterSchema)
      : parseFrontmatter(source.file, block, questionFrontmatterSchema);

  const hast = await processor.run(tree, vfile);
  const html = processor.stringify(hast, vfile);
  errors.push(...toContentErrors(vfile));
  if (!parsed.ok) return { errors: [...errors, ...parsed.errors] };

  const body = {
    file: source.file,
    slug: source.slug,
    html,
    headings: vfile.data.headings ?? [],
    anchors: vfile.data.anchors ?? new Set<string>(),
    links: vfile.data.internalLinks ?? [],
    locate: parsed.locate,
    sections: vfile.data.searchSections ?? [],
    reading: readingOf(vfile),
  };
  if (source.kind === 'topic') {
    return { page: { ...body, kind: 'topic', frontmatter: parsed.data }, errors };
  }
  const frontmatter = parsed.data as QuestionFrontmatter;
  const summary = await compileInline(frontmatter.summary, source.file, processor, 'summary');
  errors.push(...summary.errors.map((error) => ({ ...error, ...parsed.locate(['summary']) })));
  return {
    page: {
      ...body,
      kind: 'question',
      frontmatter,
      summaryHtml: summary.html,
      summaryText: summary.text,
      summarySections: summary.sections,
    },
    errors,
  };
}
