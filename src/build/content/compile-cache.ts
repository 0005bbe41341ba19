import type { CompiledInline } from '../markdown/compile-inline';
import type { MathGlyphs } from '../markdown/rehype-collect-math-glyphs';
import type { CompileResult } from './compile-page';
import type { LookupAnswers } from './site-lookups';

/** A compiled result kept for the next compile, with what it depends on besides its own input. */
export interface CachedCompile<T> {
  result: T;
  /** What compiling it asked about the rest of the site, and the answers. */
  answers: LookupAnswers;
  /** The characters KaTeX drew with each font file while compiling it. */
  mathGlyphs: MathGlyphs;
}

/**
 * Compiled pages and YAML fields, kept from one compile of the site to the next so that the dev
 * server recompiles only what changed. Reused only for the same input (a page's text, a field's
 * Markdown), and only while the site gives the same answers (`MarkdownCompiler` checks them).
 */
export class CompileCache {
  readonly pages = new ResultCache<CompileResult>();
  /** Short answers compiled with their page are in `pages`; these are the glossary's and notation's fields. */
  readonly fields = new ResultCache<CompiledInline>();
  private settings?: string;

  /**
   * Starts a compile of the site. `settings` are what every page depends on (base path, glossary
   * names, macros): when they differ from the last compile's, nothing kept is reused.
   */
  startCompile(settings: string): void {
    if (settings !== this.settings) {
      this.pages.clear();
      this.fields.clear();
    }
    this.settings = settings;
    this.pages.startCompile();
    this.fields.startCompile();
  }

  /** Drops what the compile just finished did not use: old versions of edited files, deleted files. */
  finishCompile(): void {
    this.pages.finishCompile();
    this.fields.finishCompile();
  }
}

/** Results by key (a file, a field), each kept with the input it was compiled from. */
export class ResultCache<T> {
  private readonly entries = new Map<string, { input: string; cached: CachedCompile<T>; usedBy: number }>();
  private compile = 0;

  /** The result kept for `key`, if it was compiled from this same `input`. */
  get(key: string, input: string): CachedCompile<T> | undefined {
    const entry = this.entries.get(key);
    if (entry?.input !== input) return undefined;
    entry.usedBy = this.compile;
    return entry.cached;
  }

  set(key: string, input: string, cached: CachedCompile<T>): void {
    this.entries.set(key, { input, cached, usedBy: this.compile });
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }

  startCompile(): void {
    this.compile++;
  }

  finishCompile(): void {
    for (const [key, entry] of this.entries) if (entry.usedBy !== this.compile) this.entries.delete(key);
  }
}
