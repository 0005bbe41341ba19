import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const compress = promisify(gzip);
const textFile = /\.(html|js|css|json|svg|xml|txt|webmanifest)$/;

/**
 * Writes `<file>.gz` beside every text file of the build, so the preview server answers with
 * gzip like a real static host (GitHub Pages compresses on the fly). Returns the number of files.
 */
export async function precompressSite(distDir: string): Promise<number> {
  const entries = await fs.readdir(distDir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((entry) => entry.isFile() && textFile.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  for (const file of files) await fs.writeFile(`${file}.gz`, await compress(await fs.readFile(file)));
  return files.length;
}
