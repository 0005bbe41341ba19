import fs from 'node:fs/promises';
import path from 'node:path';
import { toTermId } from '../../shared/reading-routes';
import { glossaryFileName } from '../content/compile-glossary';
import { glossaryEntrySchema, glossarySchema } from '../content/glossary-schema';
import { parseYaml } from '../content/parse-yaml';
import type { GlossaryTermNames } from './term-matcher';

/**
 * The glossary's names, read before the pages are compiled so their bodies can mark the terms.
 * A glossary with problems marks nothing here: `compileGlossary` reports the problems.
 */
export async function loadGlossaryTerms(contentRoot: string): Promise<GlossaryTermNames[]> {
  const file = path.join(contentRoot, glossaryFileName);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = parseYaml(file, { value: text, line: 0 }, glossarySchema, {
    what: 'glossary',
    knownFields: Object.keys(glossaryEntrySchema.shape),
  });
  if (!parsed.ok) return [];
  return parsed.data.map((entry) => ({
    id: toTermId(entry.term),
    names: [entry.term, ...entry.aliases],
    pageFile: path.join(contentRoot, entry.page.split('#')[0]!),
  }));
}
