import path from 'node:path';

/** A mistake in a content file, located so that an editor can jump to it. */
export interface ContentError {
  file: string;
  line: number;
  column: number;
  message: string;
  /** What the author can do about it. */
  hint?: string;
}

/** `path:line:col: message` (path relative to `root`), with the hint on the next line. */
export function formatContentError(error: ContentError, root = process.cwd()): string {
  const file = path.relative(root, error.file) || error.file;
  const head = `${file}:${error.line}:${error.column}: ${error.message}`;
  return error.hint ? `${head}\n  hint: ${error.hint}` : head;
}

/** Thrown once, after every content problem has been collected. */
export class ContentErrors extends Error {
  constructor(
    readonly errors: ContentError[],
    root = process.cwd(),
  ) {
    const sorted = [...errors].sort(compareErrors);
    super(
      `${sorted.length} content problem${sorted.length === 1 ? '' : 's'}:\n` +
        sorted.map((error) => formatContentError(error, root)).join('\n'),
    );
    this.name = 'ContentErrors';
  }
}

function compareErrors(a: ContentError, b: ContentError): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
