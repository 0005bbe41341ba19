import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { equationAnchor, resolveEquationReferences } from './equation-references';

export interface EquationOptions {
  /** The equation labels of the page at a route, in page order (from `scanEquationLabels`). */
  labelsOfRoute: (route: string) => readonly string[] | undefined;
}

/** A numbered equation of the page: `<div class="equation" id="eq-…">`. */
export interface NumberedEquation {
  id: string;
  number: number;
}

const labelPattern = /\\label\{([^}]*)\}/g;
const validLabel = /^eq:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Numbers the labelled display equations of a page and resolves references to them (runs before
 * KaTeX, on the `<pre><code class="math-display">` that remark-math produces):
 * - `$$ … \label{eq:elbo} $$` → the equation, wrapped in `<div class="equation" id="eq-elbo">`,
 *   with `\tag{n}` (n counts the page's labelled equations) so KaTeX prints its number;
 * - `{eq:elbo}` in prose → a link `(n)` to the equation on the same page;
 * - an empty link `[](#eq-elbo)` → `(n)`; `[](elbo.md#eq-elbo)` → `eq. (n)` of that page.
 * A reference or link to a label the page does not have is reported.
 */
export function rehypeEquations(options: EquationOptions) {
  return (tree: Root, file: VFile) => {
    const numbers = numberEquations(tree, file);
    file.data.equations = [...numbers].map(([label, number]) => ({ id: equationAnchor(label), number }));
    reportStrayLabels(tree, file);
    resolveEquationReferences(tree, file, numbers, options.labelsOfRoute);
  };
}

function numberEquations(tree: Root, file: VFile): Map<string, number> {
  const numbers = new Map<string, number>();
  visit(tree, 'element', (node, index, parent) => {
    const code = node.tagName === 'pre' ? node.children.find((child) => isDisplayMath(child)) : undefined;
    if (!code || index === undefined || !parent) return;
    const tex = toString(code);
    const labels = [...tex.matchAll(labelPattern)].map((match) => match[1]!);
    if (labels.length === 0) return SKIP;
    const stripped = tex.replace(labelPattern, '').trimEnd();
    code.children = [{ type: 'text', value: stripped }];
    const label = labels[0]!;
    const problem =
      labels.length > 1
        ? 'a formula can have only one \\label'
        : !validLabel.test(label)
          ? `equation label "${label}" must look like "eq:name" (lowercase letters, digits, hyphens)`
          : numbers.has(label)
            ? `equation label "${label}" is already used on this page`
            : undefined;
    if (problem) {
      file.message(problem, { place: node.position, ruleId: 'equation-label', source: 'dlt-equations' }).note =
        'write one \\label{eq:name} per display formula, with a name unique on the page';
      return SKIP;
    }
    const number = numbers.size + 1;
    numbers.set(label, number);
    code.children = [{ type: 'text', value: `${stripped} \\tag{${number}}` }];
    const wrapper: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['equation'], id: equationAnchor(label) },
      children: [node],
      position: node.position,
    };
    parent.children[index] = wrapper;
    return SKIP;
  });
  return numbers;
}

function reportStrayLabels(tree: Root, file: VFile) {
  visit(tree, 'text', (node, _index, parent) => {
    if (!node.value.includes('\\label{')) return;
    file.message('an equation label only works in a display formula (a $$ block)', {
      place: node.position ?? parent?.position,
      ruleId: 'equation-label',
      source: 'dlt-equations',
    }).note = 'put \\label{eq:name} inside the $$ … $$ of the formula it names';
    // Reported once: KaTeX should not report the same label again as an unknown command.
    node.value = node.value.replace(labelPattern, '');
  });
}

function isDisplayMath(node: ElementContent | Root['children'][number]): node is Element {
  return node.type === 'element' && node.tagName === 'code' && classesOf(node).includes('math-display');
}

function classesOf(node: Element): unknown[] {
  return Array.isArray(node.properties.className) ? node.properties.className : [];
}

declare module 'vfile' {
  interface DataMap {
    /** The page's numbered equations, in order. */
    equations: NumberedEquation[];
  }
}
