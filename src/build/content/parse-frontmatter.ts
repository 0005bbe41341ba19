import type { z } from 'zod';
import { parseYaml, type ParseResult, type YamlBlock } from './parse-yaml';

export type { LocateField, ParseResult } from './parse-yaml';

/**
 * Parses a Markdown file's frontmatter block with `schema`, locating every problem at its line
 * and column in the Markdown file.
 */
export function parseFrontmatter<S extends z.ZodObject>(
  file: string,
  block: YamlBlock | undefined,
  schema: S,
): ParseResult<z.output<S>> {
  if (!block) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          column: 1,
          message: 'missing frontmatter',
          hint: 'start the file with a `---` line, the YAML fields, and another `---` line (see content/README.md)',
        },
      ],
    };
  }
  return parseYaml(file, block, schema, { what: 'frontmatter', knownFields: Object.keys(schema.shape) });
}
