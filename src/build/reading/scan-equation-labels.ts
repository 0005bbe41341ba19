/**
 * The `\label{eq:…}` markers of a Markdown file, in order: equation *n* of a page is its n-th label.
 * A text scan, so that every page's numbers are known before any page is compiled (a reference
 * to another page's equation needs its number). `rehypeEquations` refuses a label anywhere but
 * in display math, which keeps this scan and the compiled page in step.
 */
export function scanEquationLabels(markdown: string): string[] {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
  return [...body.matchAll(/\\label\{([^}]*)\}/g)].map((match) => match[1]!);
}
