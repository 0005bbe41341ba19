import type { Text } from 'hast';
import type { Point } from 'unist';

/** The source position of `offset` in a text node (exact when the text has no escapes or entities). */
export function pointInText(node: Text, offset: number): Point | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, offset).split('\n');
  const line = start.line + before.length - 1;
  const column = before.length === 1 ? start.column + offset : before.at(-1)!.length + 1;
  return { line, column };
}
