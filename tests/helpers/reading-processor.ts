import path from 'node:path';
import { VFile } from 'vfile';
import { createMarkdownProcessor } from '../../src/build/markdown/markdown-processor';
import { toContentErrors } from '../../src/build/markdown/to-content-errors';
import { noReadingOptions, type ReadingPluginOptions } from '../../src/build/reading/reading-plugin-options';

const pages = new Map([
  [path.resolve('/c/questions/elbo.md'), '/questions/elbo'],
  [path.resolve('/c/questions/here.md'), '/questions/here'],
]);

/** Compiles Markdown as `/c/questions/here.md`, with the reading plugins set up by `reading`. */
export async function compileWithReading(markdown: string, reading: Partial<ReadingPluginOptions> = {}) {
  const processor = createMarkdownProcessor(
    { routeOf: (file) => pages.get(file), knownFiles: () => [...pages.keys()] },
    new Map(),
    { ...noReadingOptions, ...reading },
  );
  const file = new VFile({ path: path.resolve('/c/questions/here.md'), value: markdown });
  const html = String(await processor.process(file));
  return { html, file, errors: toContentErrors(file) };
}
