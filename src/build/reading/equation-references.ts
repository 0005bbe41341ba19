import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { suggestClosest } from '../suggest';
import { pointInText } from './text-point';

const referencePattern = /\{eq:([^}\s]*)\}/g;

/** The labels of every page, by route (see `EquationOptions`). */
type LabelsOfRoute = (route: string) => readonly string[] | undefined;

/** `eq:elbo` → `eq-elbo`, the anchor of the equation. */
export function equationAnchor(label: string): string {
  return label.replace(':', '-');
}

/**
 * Links references to the page's equations (`numbers`, by label) and to other pages' equations:
 * `{eq:elbo}` → `(n)`, `[](#eq-elbo)` → `(n)`, `[](elbo.md#eq-elbo)` → `eq. (n)`; a reference to a
 * label that does not exist is reported.
 */
export function resolveEquationReferences(
  tree: Root,
  file: VFile,
  numbers: Map<string, number>,
  labelsOfRoute: LabelsOfRoute,
): void {
  mergeAdjacentText(tree);
  linkReferences(tree, file, numbers);
  resolveEquationLinks(tree, file, numbers, labelsOfRoute);
}

/** Joins neighbouring text nodes: remark-directive splits `{eq:elbo}` at its colon, and gives the pieces back as text. */
function mergeAdjacentText(tree: Root) {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children: Root['children'] = [];
    for (const child of node.children as Root['children']) {
      const previous = children.at(-1);
      if (child.type === 'text' && previous?.type === 'text') {
        children[children.length - 1] = {
          type: 'text',
          value: previous.value + child.value,
          position: previous.position && child.position && { start: previous.position.start, end: child.position.end },
        };
      } else children.push(child);
    }
    node.children = children;
  });
}

function linkReferences(tree: Root, file: VFile, numbers: Map<string, number>) {
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && isOpaque(node)) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined || !node.value.includes('{eq:')) return;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(referencePattern)) {
      const label = `eq:${match[1]!}`;
      const number = numbers.get(label);
      if (number === undefined) {
        reportUnknown(file, label, [...numbers.keys()], pointInText(node, match.index));
        continue;
      }
      parts.push(text(node.value.slice(last, match.index)), referenceLink(`#${equationAnchor(label)}`, number, true));
      last = match.index + match[0].length;
    }
    if (parts.length === 0) return;
    parts.push(text(node.value.slice(last)));
    const kept = parts.filter((part) => part.type !== 'text' || part.value !== '');
    parent.children.splice(index, 1, ...kept);
    return index + kept.length;
  });
}

function resolveEquationLinks(tree: Root, file: VFile, numbers: Map<string, number>, labelsOfRoute: LabelsOfRoute) {
  visit(tree, 'element', (node) => {
    const href = node.tagName === 'a' ? node.properties.href : undefined;
    if (typeof href !== 'string' || !href.includes('#eq-')) return;
    const [route = '', anchor = ''] = href.split('#', 2);
    const label = anchor.replace(/^eq-/, 'eq:');
    const empty = node.children.length === 0;
    if (route === '') {
      const number = numbers.get(label);
      if (number === undefined) reportUnknown(file, label, [...numbers.keys()], node.position?.start);
      else if (empty) Object.assign(node, referenceLink(href, number, true));
      return;
    }
    const labels = labelsOfRoute(route);
    if (!labels) return; // not a page: the link check reports it
    const number = labels.indexOf(label) + 1;
    if (number > 0) {
      if (empty) Object.assign(node, referenceLink(href, number, false));
      return;
    }
    const link = file.data.internalLinks?.find(
      (candidate) => candidate.line === node.position?.start.line && candidate.column === node.position.start.column,
    );
    const target = link?.url ?? route;
    const suggestion = suggestClosest(label, labels);
    file.message(
      `link to "${target}#${anchor}": that page has no equation "${label}"${suggestion ? `. Did you mean "${suggestion}"?` : ''}`,
      { place: node.position?.start, ruleId: 'equation-reference', source: 'dlt-equations' },
    ).note = labels.length > 0 ? `equations of ${target}: ${labels.join(', ')}` : `${target} labels no equation`;
    // Reported here, with the page's equations: the link check need not report the anchor again.
    if (link) link.hash = undefined;
  });
}

function reportUnknown(file: VFile, label: string, known: string[], place: VFile['messages'][number]['place']) {
  const suggestion = suggestClosest(label, known);
  file.message(`unknown equation "${label}"${suggestion ? `. Did you mean "${suggestion}"?` : ''}`, {
    place,
    ruleId: 'equation-reference',
    source: 'dlt-equations',
  }).note =
    known.length > 0
      ? `equations on this page: ${known.join(', ')}; for another page's equation write [](page.md#eq-name)`
      : "label a display formula with \\label{eq:name}; for another page's equation write [](page.md#eq-name)";
}

function referenceLink(href: string, number: number | string, samePage: boolean): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: samePage
      ? { href, className: ['eq-ref'], ariaLabel: `Equation (${number})` }
      : { href, className: ['eq-ref'] },
    children: [text(samePage ? `(${number})` : `eq. (${number})`)],
  };
}

function text(value: string): Text {
  return { type: 'text', value };
}

/** Elements whose text is not prose: code, math, links. */
function isOpaque(node: Element): boolean {
  return node.tagName === 'code' || node.tagName === 'pre' || node.tagName === 'a';
}
