import { katexMacros } from '../../shared/katex-macros';

/**
 * A minimal reader of KaTeX-flavoured TeX for search: commands, brace groups and single
 * characters. It does not validate anything (KaTeX has already accepted every formula).
 */
export type TexNode =
  { kind: 'command'; name: string } | { kind: 'group'; children: TexNode[] } | { kind: 'char'; value: string };

/**
 * The formula as search reads it: the site's macros expanded (`\KL` → `D_{\mathrm{KL}}`) and the
 * equation number or label the page adds (`\tag{2}`, `\label{eq:elbo}`) removed.
 */
export function prepareTex(tex: string): string {
  let expanded = tex.replace(/\\(?:tag\*?|label)\{[^{}]*\}/g, '');
  for (let pass = 0; pass < 4; pass++) {
    const next = expanded.replace(/\\([a-zA-Z]+)(?![a-zA-Z])/g, (command, name: string) => {
      const body = katexMacros[`\\${name}`];
      return body !== undefined && !body.includes('#') ? `{${body}}` : command;
    });
    if (next === expanded) break;
    expanded = next;
  }
  return expanded;
}

/** Parses TeX (after `prepareTex`) into a flat sequence of commands, characters and nested `{...}` groups. */
export function readTex(source: string): TexNode[] {
  const tex = prepareTex(source);
  let position = 0;
  const readSequence = (closing: boolean): TexNode[] => {
    const nodes: TexNode[] = [];
    while (position < tex.length) {
      const char = tex[position]!;
      if (char === '}') {
        position++;
        if (closing) return nodes;
        continue;
      }
      if (char === '{') {
        position++;
        nodes.push({ kind: 'group', children: readSequence(true) });
        continue;
      }
      if (char === '\\') {
        const name = /^\\([a-zA-Z]+|.)/s.exec(tex.slice(position));
        position += name ? name[0].length : 1;
        nodes.push({ kind: 'command', name: name?.[1] ?? '' });
        continue;
      }
      nodes.push({ kind: 'char', value: char });
      position++;
    }
    return nodes;
  };
  return readSequence(false);
}

/** The characters of a node and everything inside it, commands dropped: `{\text{model}}` → `model`. */
export function plainTextOf(nodes: readonly TexNode[]): string {
  return nodes
    .map((node) => (node.kind === 'char' ? node.value : node.kind === 'group' ? plainTextOf(node.children) : ''))
    .join('');
}

/** Commands whose argument is ordinary text, or a font style of letters. */
export const textCommands = new Set([
  'text',
  'textrm',
  'textit',
  'textbf',
  'textsf',
  'texttt',
  'mathrm',
  'mathit',
  'mathbf',
  'mathsf',
  'mathtt',
  'operatorname',
  'boldsymbol',
  'bm',
  'mathcal',
  'mathbb',
  'mathfrak',
  'mathscr',
]);

/** Greek letters by command name (capitals included), with the letter they print. */
export const greekLetters = new Map<string, string>([
  ['alpha', 'α'],
  ['beta', 'β'],
  ['gamma', 'γ'],
  ['Gamma', 'Γ'],
  ['delta', 'δ'],
  ['Delta', 'Δ'],
  ['epsilon', 'ϵ'],
  ['varepsilon', 'ε'],
  ['zeta', 'ζ'],
  ['eta', 'η'],
  ['theta', 'θ'],
  ['vartheta', 'ϑ'],
  ['Theta', 'Θ'],
  ['iota', 'ι'],
  ['kappa', 'κ'],
  ['lambda', 'λ'],
  ['Lambda', 'Λ'],
  ['mu', 'μ'],
  ['nu', 'ν'],
  ['xi', 'ξ'],
  ['Xi', 'Ξ'],
  ['pi', 'π'],
  ['Pi', 'Π'],
  ['rho', 'ρ'],
  ['sigma', 'σ'],
  ['Sigma', 'Σ'],
  ['tau', 'τ'],
  ['upsilon', 'υ'],
  ['phi', 'ϕ'],
  ['varphi', 'φ'],
  ['Phi', 'Φ'],
  ['chi', 'χ'],
  ['psi', 'ψ'],
  ['Psi', 'Ψ'],
  ['omega', 'ω'],
  ['Omega', 'Ω'],
]);
