import path from 'node:path';
import { compileSite } from '../../src/build/compile-site';
import { ContentErrors } from '../../src/build/content-error';
import { writeContentFixture } from './content-fixture';

/** Compiles a fixture and returns the printed problems, with the temporary folder shown as `content`. */
export async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const dir = await writeContentFixture(files);
  return problemsIn(compileSite(dir), dir);
}

/** The problems a compile of the content in `dir` printed, if it failed, with `dir` shown as `content`. */
export async function problemsIn(compiling: Promise<unknown>, dir: string): Promise<string[]> {
  try {
    await compiling;
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    return error.message
      .split('\n')
      .slice(1)
      .map((line) => line.replaceAll(path.basename(dir), 'content'));
  }
  return [];
}
