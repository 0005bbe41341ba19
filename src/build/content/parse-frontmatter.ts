import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { ContentError } from '../content-error';
import { didYouMean } from '../suggest';

/** The YAML block of a Markdown file and the line of its opening `---`. */
export interface FrontmatterBlock {
  value: string;
  line: number;
}

/** Where a frontmatter value (e.g. `['followUps', 2]`) starts in the Markdown file. */
export type LocateField = (path: (string | number)[]) => { line: number; column: number };

export type ParseResult<T> = { ok: true; data: T; locate: LocateField } | { ok: false; errors: ContentError[] };

/**
 * Parses a frontmatter block with `schema`, locating every problem at its YAML line and column.
 * Problems are described per field; a bad value is never coerced.
 */
export function parseFrontmatter<S extends z.ZodType>(
  file: string,
  block: FrontmatterBlock | undefined,
  schema: S,
): ParseResult<z.output<S>> {
  if (!block) {
    return fail({
      file,
      line: 1,
      column: 1,
      message: 'missing frontmatter',
      hint: 'start the file with a `---` line, the YAML fields, and another `---` line (see content/README.md)',
    });
  }
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
        message: `invalid YAML in frontmatter: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        hint: 'check indentation, and quote values that contain ": " or start with a special character',
      })),
    };
  }
  const raw: unknown = doc.toJS();
  if (!isMap(doc.contents)) {
    return fail({ file, line: block.line, column: 1, message: 'frontmatter must be a mapping of fields to values' });
  }
  const locate: LocateField = (path) => {
    const node = doc.getIn(path, true) as YamlNode | undefined;
    return node?.range ? at(node.range[0]) : { line: block.line, column: 1 };
  };
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data, locate };

  const knownFields = Object.keys((schema as unknown as { shape: object }).shape);
  const errors: ContentError[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const pair = doc.contents.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        const range = isPair(pair) && isScalar(pair.key) ? pair.key.range : undefined;
        errors.push({
          file,
          ...(range ? at(range[0]) : { line: block.line, column: 1 }),
          message: `unknown frontmatter field "${key}".${didYouMean(key, knownFields)}`,
          hint: `allowed fields: ${knownFields.join(', ')}`,
        });
      }
      continue;
    }
    const path = issue.path.map(String);
    const present = doc.hasIn(issue.path as (string | number)[]);
    errors.push({ file, ...locate(issue.path as (string | number)[]), ...describeIssue(issue, path, present) });
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
      return { message: `field "${field}" must be ${article(issue.expected)}` };
    case 'too_small':
      return issue.origin === 'string'
        ? { message: `field "${field}" must not be empty` }
        : { message: `field "${field}" must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return issue.origin === 'string'
        ? { message: `field "${field}" is longer than ${String(issue.maximum)} characters`, hint: 'shorten it; put detail in the body' }
        : { message: `field "${field}" must be at most ${String(issue.maximum)}` };
    case 'invalid_format':
      return { message: `field "${field}" must be ${issue.message}`, hint: 'use the file name of the page, without .md' };
    default:
      return { message: `field "${field}": ${issue.message}` };
  }
}

function article(expected: string): string {
  const names: Record<string, string> = { int: 'an integer', number: 'a number', string: 'text', array: 'a list' };
  return names[expected] ?? `of type ${expected}`;
}

function fail(error: ContentError): ParseResult<never> {
  return { ok: false, errors: [error] };
}
