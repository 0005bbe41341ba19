import { describe, expect, it } from 'vitest';
import { topicFrontmatterSchema } from '../../../../src/build/content/frontmatter-schema';
import { parseFrontmatter } from '../../../../src/build/content/parse-frontmatter';

const parse = (value: string) => parseFrontmatter('topic.md', { value, line: 1 }, topicFrontmatterSchema);

describe('parseFrontmatter', () => {
  it('returns typed data with defaults and locates each field', () => {
    const result = parse('title: Autoencoders\nsummary: Short.\norder: 3\naliases: [AE]');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual({ title: 'Autoencoders', summary: 'Short.', order: 3, aliases: ['AE'], keywords: [] });
    expect(result.locate(['order'])).toEqual({ line: 4, column: 8 });
    expect(result.locate(['aliases', 0])).toEqual({ line: 5, column: 11 });
  });

  it('never coerces a value of the wrong type', () => {
    const result = parse('title: T\nsummary: S\norder: "3"');
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual(['field "order" must be a number']);
  });

  it('reports a summary that is too long, at the summary', () => {
    const result = parse(`title: T\nsummary: ${'x'.repeat(201)}\norder: 1`);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        file: 'topic.md',
        line: 3,
        column: 10,
        message: 'field "summary" is longer than 200 characters',
        hint: 'shorten it; put detail in the body',
      },
    ]);
  });

  it('reports a missing frontmatter block', () => {
    const result = parseFrontmatter('topic.md', undefined, topicFrontmatterSchema);
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual(['missing frontmatter']);
  });

  it('reports duplicate keys as invalid YAML', () => {
    const result = parse('title: A\ntitle: B\nsummary: S\norder: 1');
    expect(result.ok ? [] : result.errors.map((error) => `${error.line}:${error.column} ${error.message}`)).toEqual([
      '3:1 invalid YAML in frontmatter: Map keys must be unique',
    ]);
  });
});
