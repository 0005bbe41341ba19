import fs from 'node:fs/promises';
import path from 'node:path';
import type { GlossaryEntry } from '../../shared/page-data';
import type { ContentError } from '../content-error';
import type { CompiledPage } from './compile-page';
import { glossaryEntrySchema, glossarySchema } from './glossary-schema';
import type { MarkdownCompiler } from './markdown-compiler';
import { parseYaml } from './parse-yaml';

export const glossaryFileName = 'glossary.yaml';

export interface CompileGlossaryResult {
  entries: GlossaryEntry[];
  errors: ContentError[];
}

/**
 * Reads `content/glossary.yaml` (optional), validates it, renders each definition and resolves
 * each entry's page to a route. `pages` are the compiled pages, to check links and headings.
 */
export async function compileGlossary(
  contentRoot: string,
  pages: readonly CompiledPage[],
  routeOf: (file: string) => string | undefined,
  compiler: MarkdownCompiler,
): Promise<CompileGlossaryResult> {
  const file = path.join(contentRoot, glossaryFileName);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], errors: [] };
    throw error;
  }
  const parsed = parseYaml(file, { value: text, line: 0 }, glossarySchema, {
    what: 'glossary',
    knownFields: Object.keys(glossaryEntrySchema.shape),
  });
  if (!parsed.ok) return { entries: [], errors: parsed.errors };

  const errors: ContentError[] = [];
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, string>();
  for (const [index, fields] of parsed.data.entries()) {
    const names: [string, (string | number)[]][] = [
      [fields.term, [index, 'term']],
      ...fields.aliases.map((alias, aliasIndex): [string, (string | number)[]] => [alias, [index, 'aliases', aliasIndex]]),
    ];
    for (const [name, place] of names) {
      const key = name.toLowerCase();
      const owner = seen.get(key);
      if (owner) {
        errors.push({
          file,
          ...parsed.locate(place),
          message: `"${name}" is already a term or alias of "${owner}"`,
          hint: 'each name may appear once in the glossary',
        });
      }
      seen.set(key, fields.term);
    }
    const [pagePath = '', hash] = fields.page.split('#', 2);
    const target = path.join(contentRoot, pagePath);
    const route = routeOf(target);
    const page = pages.find((candidate) => candidate.file === target);
    if (!route || !page) {
      errors.push({ file, ...parsed.locate([index, 'page']), message: `page "${pagePath}" does not exist` });
    } else if (hash && !page.anchors.has(hash)) {
      errors.push({
        file,
        ...parsed.locate([index, 'page']),
        message: `page "${pagePath}" has no heading "#${hash}"`,
        hint: `headings: ${page.headings.map((heading) => `#${heading.id}`).join(', ') || 'none'}`,
      });
    }
    const definition = await compiler.inline(fields.definition, file, 'definition');
    errors.push(...definition.errors.map((error) => ({ ...error, ...parsed.locate([index, 'definition']) })));
    entries.push({
      term: fields.term,
      aliases: fields.aliases,
      definitionHtml: definition.html,
      definitionText: definition.text,
      href: route ? route + (hash ? `#${hash}` : '') : '',
    });
  }
  return { entries, errors };
}
