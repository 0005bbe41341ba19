import type { VFile } from 'vfile';
import type { ContentError } from '../content-error';

interface KatexParseError extends Error {
  rawMessage?: string;
}

/** Converts the messages the Markdown plugins left on a file into content errors. */
export function toContentErrors(file: VFile, lineOffset = 0): ContentError[] {
  return file.messages.map((message) => {
    const location = { file: file.path, line: (message.line ?? 1) + lineOffset, column: message.column ?? 1 };
    if (message.source === 'rehype-katex') {
      const cause = message.cause as KatexParseError | undefined;
      const detail = cause?.rawMessage ?? cause?.message ?? message.reason;
      return {
        ...location,
        message: `KaTeX cannot render this formula: ${detail}`,
        hint: 'check the command names and braces; KaTeX supports a subset of LaTeX (katex.org/docs/supported)',
      };
    }
    return { ...location, message: message.reason, hint: message.note ?? undefined };
  });
}
