import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { ContentError } from '../content-error';
import { didYouMean } from '../suggest';

/** YAML text and the file line its first line sits on (0 when the YAML is the whole file). */
export interface YamlBlock {
  value: string;
  /** The line before the YAML's first line: the `---` of a frontmatter block, or 0 for a YAML file. */
  line: number;
}

/** Where a value (e.g. `['followUps', 2]`) starts in the file. */
export type LocateField = (path: (string | number)[]) => { line: number; column: number };

export type ParseResult<T> = { ok: true; data: T; locate: LocateField } | { ok: false; errors: ContentError[] };

export interface ParseYamlOptions {
  /** What the YAML is, for messages: "frontmatter" or "glossary". */
  what: string;
  /** The fields a mapping may have, for "did you mean" hints. */
  knownFields: readonly string[];
}

/**
 * Parses YAML with a zod schema, locating every problem at its line and column in the file.
 * Problems are described per field; a bad value is never coerced.
 */
export function parseYaml<S extends z.ZodType>(
  file: string,
  block: YamlBlock,
  schema: S,
  { what, knownFields }: ParseYamlOptions,
): ParseResult<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.value, { lineCounter, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: block.line + pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => ({
        file,
        ...at(error.pos[0]),
        message: `invalid YAML in ${what}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        hint: 'check indentation, and quote values that contain ": " or start with a special character',
      })),
    };
  }
  // A missing value is located at its nearest enclosing value (e.g. the list entry it is missing from).
  const locate: LocateField = (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
      if (node?.range) return at(node.range[0]);
    }
    return { line: Math.max(block.line, 1), column: 1 };
  };
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { ok: true, data: result.data, locate };

  const errors: ContentError[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
      for (const key of issue.keys) {
        const pair = isMap(map)
          ? map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
          : undefined;
        const range = isPair(pair) && isScalar(pair.key) ? pair.key.range : undefined;
        errors.push({
          file,
          ...(range ? at(range[0]) : locate(path)),
          message: `unknown ${what} field "${key}".${didYouMean(key, knownFields)}`,
          hint: `allowed fields: ${knownFields.join(', ')}`,
        });
      }
      continue;
    }
    const field = path.filter((segment) => typeof segment === 'string');
    errors.push({ file, ...locate(path), ...describeIssue(issue, field, doc.hasIn(path)) });
  }
  return { ok: false, errors };
}

function describeIssue(
  issue: z.core.$ZodIssue,
  path: string[],
  present: boolean,
): Pick<ContentError, 'message' | 'hint'> {
  const field = path.join('.');
  if (!present && issue.code === 'invalid_type') {
    return { message: `missing required field "${field}"`, hint: 'see the field table in content/README.md' };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { message: `${field ? `field "${field}"` : 'the file'} must be ${article(issue.expected)}` };
    case 'too_small':
      return issue.origin === 'string'
        ? { message: `field "${field}" must not be empty` }
        : { message: `field "${field}" must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return issue.origin === 'string'
        ? {
            message: `field "${field}" is longer than ${String(issue.maximum)} characters`,
            hint: 'shorten it; put detail in the body',
          }
        : { message: `field "${field}" must be at most ${String(issue.maximum)}` };
    case 'invalid_format':
      return { message: `field "${field}" must be ${issue.message}`, hint: 'use the file name of the page, without .md' };
    default:
      return { message: `field "${field}": ${issue.message}` };
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    int: 'an integer',
    number: 'a number',
    string: 'text',
    array: 'a list',
    object: 'a mapping of fields to values',
  };
  return names[expected] ?? `of type ${expected}`;
}
