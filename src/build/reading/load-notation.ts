import fs from 'node:fs/promises';
import path from 'node:path';
import { katexMacros } from '../../shared/katex-macros';
import type { ContentError } from '../content-error';
import { parseYaml, type LocateField } from '../content/parse-yaml';
import { didYouMean } from '../suggest';
import { notationEntrySchema, notationSchema, type NotationEntryFields } from './notation-schema';

export const notationFileName = 'notation.yaml';

export interface LoadedNotation {
  /** Absolute path of `notation.yaml`. */
  file: string;
  entries: NotationEntryFields[];
  locate: LocateField;
  errors: ContentError[];
}

/**
 * Reads `content/notation.yaml` (optional) and checks it against the site's macros: every entry's
 * `macro` must exist, and every macro must have an entry (so the notation page lists them all).
 */
export async function loadNotation(contentRoot: string, macros = katexMacros): Promise<LoadedNotation> {
  const file = path.join(contentRoot, notationFileName);
  const empty: LoadedNotation = { file, entries: [], locate: () => ({ line: 1, column: 1 }), errors: [] };
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty;
    throw error;
  }
  const parsed = parseYaml(file, { value: text, line: 0 }, notationSchema, {
    what: 'notation',
    knownFields: Object.keys(notationEntrySchema.shape),
  });
  if (!parsed.ok) return { ...empty, errors: parsed.errors };

  const names = Object.keys(macros);
  const errors: ContentError[] = [];
  const documented = new Set<string>();
  parsed.data.forEach((entry, index) => {
    if (!entry.macro) return;
    if (!names.includes(entry.macro)) {
      errors.push({
        file,
        ...parsed.locate([index, 'macro']),
        message: `there is no macro ${entry.macro}.${didYouMean(entry.macro, names)}`,
        hint: 'macros are defined in src/shared/katex-macros.ts',
      });
    } else if (documented.has(entry.macro)) {
      errors.push({ file, ...parsed.locate([index, 'macro']), message: `macro ${entry.macro} is documented twice` });
    }
    documented.add(entry.macro);
  });
  const missing = names.filter((name) => !documented.has(name));
  if (missing.length > 0) {
    errors.push({
      file,
      line: 1,
      column: 1,
      message: `macros without an entry: ${missing.join(', ')}`,
      hint: 'add an entry with `macro:`, `tex:` and `meaning:` for each, so the notation page explains it',
    });
  }
  return { file, entries: parsed.data, locate: parsed.locate, errors };
}
