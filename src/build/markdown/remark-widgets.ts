import type { Root, RootContent, Text } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { Point } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isWidgetName, widgetNames, widgetRegistry } from '../../shared/widgets/widget-registry';
import { placeholderProperties } from '../../shared/widgets/widget-placeholder';
import { didYouMean } from '../suggest';
import { parseWidgetProps } from './parse-widget-props';

const syntaxHint = 'write a widget on its own line: ::widget{name="conv-geometry" input=7} (see content/README.md)';

/**
 * Turns `::widget{name="..." prop=value}` lines into widget placeholders (see
 * `shared/widgets/widget-placeholder.ts`), after checking the name and props against the widget
 * registry. Runs after `remark-directive`: any other directive is refused, and `:word` inside a
 * sentence (which remark-directive would read as a text directive) is put back as text.
 */
export function remarkWidgets() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (index === undefined || !parent) return;
      if (node.type === 'textDirective') {
        const literal: Text = { type: 'text', value: sourceOf(node, file) ?? `:${node.name}`, position: node.position };
        parent.children.splice(index, 1, literal);
        return SKIP;
      }
      if (node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      const removeNode = () => {
        parent.children.splice(index, 1);
        return [SKIP, index] satisfies [typeof SKIP, number];
      };
      if (node.type === 'containerDirective' || node.name !== 'widget') {
        const marker = node.type === 'containerDirective' ? ':::' : '::';
        report(
          file,
          node.position?.start,
          `unknown directive "${marker}${node.name}"`,
          `${syntaxHint}; to write "::" literally, escape it as "\\::"`,
        );
        return removeNode();
      }
      if (parent !== tree) {
        report(
          file,
          node.position?.start,
          'a widget must stand on its own line at the top level of the page',
          'move it out of the list, quote or table it is in',
        );
        return removeNode();
      }
      if (!placeWidget(node, file)) return removeNode();
      return SKIP;
    });
    visit(tree, 'paragraph', (node) => {
      const first = node.children[0];
      if (first?.type === 'text' && /^::[a-z]/i.test(first.value)) {
        report(
          file,
          node.position?.start,
          'this line starts like a directive but could not be read',
          `${syntaxHint}; check the quotes and braces (a value cannot contain a double quote)`,
        );
      }
    });
  };
}

/** Validates a widget directive and turns it into a placeholder; false when it has problems. */
function placeWidget(node: LeafDirective, file: VFile): boolean {
  const { name, ...attributes } = Object.fromEntries(
    Object.entries(node.attributes ?? {}).map(([key, value]) => [key, value ?? '']),
  );
  const start = node.position?.start;
  if (node.children.length > 0) {
    report(file, start, 'a widget takes no [label]', syntaxHint);
  }
  if (!name) {
    report(file, start, 'a widget needs a name: ::widget{name="..."}', `widgets: ${widgetNames.join(', ')}`);
    return false;
  }
  if (!isWidgetName(name)) {
    report(
      file,
      locateAttribute(node, file, 'name') ?? start,
      `unknown widget "${name}".${didYouMean(name, widgetNames)}`,
      `widgets: ${widgetNames.join(', ')} (see content/README.md)`,
    );
    return false;
  }
  const { props, problems } = parseWidgetProps(name, widgetRegistry[name], attributes);
  for (const problem of problems) {
    report(file, (problem.prop && locateAttribute(node, file, problem.prop)) || start, problem.message, problem.hint);
  }
  if (problems.length > 0 || node.children.length > 0) return false;
  node.data = { hName: 'div', hProperties: placeholderProperties(name, props), hChildren: [] };
  return true;
}

function report(file: VFile, place: Point | undefined, reason: string, hint: string) {
  file.message(reason, { place, ruleId: 'widget' }).note = hint;
}

function sourceOf(node: RootContent, file: VFile): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : String(file.value).slice(start, end);
}

/** Where `prop=` (or a bare `prop`) is written in the directive's source, as a line and column. */
function locateAttribute(node: LeafDirective, file: VFile, prop: string): Point | undefined {
  const source = sourceOf(node, file);
  const start = node.position?.start;
  if (source === undefined || !start) return undefined;
  const escaped = prop.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`[\\s{]${escaped}(?=[\\s=}])`).exec(source);
  if (!match) return undefined;
  const before = source.slice(0, match.index + 1);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + before.length }
    : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}
