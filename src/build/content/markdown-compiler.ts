import { compileInline, type CompiledInline } from '../markdown/compile-inline';
import { createMarkdownProcessor, type MarkdownProcessor } from '../markdown/markdown-processor';
import type { MathGlyphs } from '../markdown/rehype-collect-math-glyphs';
import type { ReadingPluginOptions } from '../reading/reading-plugin-options';
import { CompileCache, type ResultCache } from './compile-cache';
import { compilePage, type CompileResult } from './compile-page';
import type { SourceFile } from './load-content';
import { answersStillHold, recordLookups, type SiteLookups } from './site-lookups';

/**
 * Compiles the Markdown of one compile of the site: pages, and the glossary's and notation's
 * fields. A result the cache holds is reused when its input is the same and the site still gives
 * the answers it got (a renamed link target, a changed equation label recompile it).
 */
export interface MarkdownCompiler {
  /** See `compilePage`. */
  page(source: SourceFile): Promise<CompileResult>;
  /** See `compileInline`. */
  inline(markdown: string, file: string, field: string): Promise<CompiledInline>;
  /** The characters KaTeX drew with each font file, in everything compiled or reused so far. */
  readonly mathGlyphs: MathGlyphs;
  /** Forgets the cached results this compile did not use. */
  finish(): void;
}

export interface MarkdownCompilerOptions {
  /** The URL path the site is served under; links in the HTML carry it. */
  base: string;
  /** Routes (with the base path), content files and equation labels of the site. */
  site: SiteLookups;
  /** The glossary's names and the macros (its `labelsOfRoute` is replaced by `site`'s). */
  reading: ReadingPluginOptions;
  /** Results of earlier compiles (the dev server keeps one); a new cache compiles everything. */
  cache?: CompileCache;
}

export function createMarkdownCompiler({
  base,
  site,
  reading,
  cache = new CompileCache(),
}: MarkdownCompilerOptions): MarkdownCompiler {
  cache.startCompile(JSON.stringify([base, reading.terms, reading.macros]));
  const recording = recordLookups(site);
  // The processor adds every character KaTeX draws to `drawn`; emptied before each compile, it
  // holds that compile's share, which is kept with its result.
  const drawn: MathGlyphs = new Map();
  const processor = createMarkdownProcessor(
    { routeOf: recording.lookups.routeOf, knownFiles: recording.lookups.knownFiles },
    drawn,
    { ...reading, labelsOfRoute: recording.lookups.labelsOfRoute },
  );
  const mathGlyphs: MathGlyphs = new Map();

  async function compileOrReuse<T>(
    results: ResultCache<T>,
    key: string,
    input: string,
    compile: (processor: MarkdownProcessor) => Promise<T>,
  ): Promise<T> {
    let cached = results.get(key, input);
    if (!cached || !answersStillHold(cached.answers, site)) {
      drawn.clear();
      const { result, answers } = await recording.record(() => compile(processor));
      cached = { result, answers, mathGlyphs: copyGlyphs(drawn) };
      results.set(key, input, cached);
    }
    addGlyphs(mathGlyphs, cached.mathGlyphs);
    return cached.result;
  }

  return {
    // A file's kind follows from its folder, so the file names the page.
    page: (source) =>
      compileOrReuse(cache.pages, source.file, source.text, (processor) => compilePage(source, processor)),
    // The glossary's definitions share a file and a field name: the Markdown tells them apart.
    inline: (markdown, file, field) =>
      compileOrReuse(cache.fields, [file, field, markdown].join('\0'), markdown, (processor) =>
        compileInline(markdown, file, processor, field),
      ),
    mathGlyphs,
    finish: () => {
      cache.finishCompile();
    },
  };
}

function copyGlyphs(glyphs: MathGlyphs): MathGlyphs {
  return new Map([...glyphs].map(([font, chars]) => [font, new Set(chars)]));
}

/** Adds in order, so the site's glyphs come out as if every page had been compiled in this run. */
function addGlyphs(into: MathGlyphs, glyphs: MathGlyphs): void {
  for (const [font, chars] of glyphs) {
    let all = into.get(font);
    if (!all) into.set(font, (all = new Set()));
    for (const char of chars) all.add(char);
  }
}
