import { greekLetters, plainTextOf, readTex, textCommands, type TexNode } from './read-tex';

/**
 * A formula as readable plain text for search snippets: `\mathrm{softmax}(QK^\top/\sqrt{d_k})V`
 * → `softmax(QK^⊤/√d_k)V`. Approximate by design: where the match is in a formula, the result
 * also shows the formula rendered by KaTeX.
 */
export function texToText(tex: string): string {
  return writeNodes(readTex(tex)).replace(/\s+/g, ' ').trim();
}

const symbols = new Map<string, string>([
  ['cdot', '·'],
  ['times', '×'],
  ['odot', '⊙'],
  ['otimes', '⊗'],
  ['oplus', '⊕'],
  ['top', '⊤'],
  ['sim', '~'],
  ['mid', '|'],
  ['|', '‖'],
  ['lVert', '‖'],
  ['rVert', '‖'],
  ['lvert', '|'],
  ['rvert', '|'],
  ['le', '≤'],
  ['leq', '≤'],
  ['ge', '≥'],
  ['geq', '≥'],
  ['ne', '≠'],
  ['neq', '≠'],
  ['ll', '≪'],
  ['gg', '≫'],
  ['approx', '≈'],
  ['propto', '∝'],
  ['equiv', '≡'],
  ['in', '∈'],
  ['sum', '∑'],
  ['prod', '∏'],
  ['int', '∫'],
  ['infty', '∞'],
  ['nabla', '∇'],
  ['partial', '∂'],
  ['to', '→'],
  ['rightarrow', '→'],
  ['leftarrow', '←'],
  ['leftrightarrow', '↔'],
  ['Rightarrow', '⇒'],
  ['mapsto', '↦'],
  ['pm', '±'],
  ['star', '⋆'],
  ['bullet', '•'],
  ['ell', 'ℓ'],
  ['langle', '⟨'],
  ['rangle', '⟩'],
  ['lfloor', '⌊'],
  ['rfloor', '⌋'],
  ['lceil', '⌈'],
  ['rceil', '⌉'],
  ['dots', '…'],
  ['ldots', '…'],
  ['cdots', '⋯'],
  ['{', '{'],
  ['}', '}'],
  ['%', '%'],
  ['$', '$'],
  ['&', '&'],
  ['#', '#'],
  ['_', '_'],
]);

/** Commands that only adjust spacing or sizing: they print nothing of their own. */
const silent = new Set([
  'left',
  'right',
  'big',
  'Big',
  'bigg',
  'Bigg',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'displaystyle',
  'textstyle',
  'limits',
  'nolimits',
  'hat',
  'tilde',
  'widehat',
  'widetilde',
  'bar',
  'overline',
  'vec',
  'overrightarrow',
  'overleftarrow',
  'underbrace',
  'overbrace',
  'begin',
  'end',
  'label',
  'tag',
]);

/** Spacing commands and characters: a space. */
const spaces = new Set([',', ';', ':', '!', ' ', 'quad', 'qquad', 'enspace', 'thinspace', '\\']);

function writeNodes(nodes: readonly TexNode[]): string {
  let out = '';
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const script = nodes[index + 1];
    if (node.kind === 'char' && (node.value === '^' || node.value === '_') && script) {
      const text = writeNodes([script]);
      out += node.value === '^' ? superscript(text) : `_${wrap(text)}`;
      index++;
      continue;
    }
    if (node.kind === 'char') {
      out += node.value === '&' || node.value === '~' ? ' ' : node.value;
      continue;
    }
    if (node.kind === 'group') {
      out += writeNodes(node.children);
      continue;
    }
    const { name } = node;
    const next = () => {
      const argument = nodes[index + 1];
      index++;
      return argument ? [argument] : [];
    };
    if (name === 'begin' && /matrix$/.test(plainTextOf(nodes.slice(index + 1, index + 2)))) {
      // A matrix reads as noise in one line of text: the rendered formula shows it.
      const end = nodes.findIndex((other, at) => at > index && other.kind === 'command' && other.name === 'end');
      index = end === -1 ? nodes.length : end + 1;
      out += '(…)';
    } else if (name === 'begin' || name === 'end') {
      next(); // the environment's name
      out += ' ';
    } else if (name === 'mathbb') {
      out += Array.from(plainTextOf(next()), doubleStruck).join('');
    } else if (textCommands.has(name)) {
      out += plainTextOf(next());
    } else if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
      out += `${wrap(writeNodes(next()))}/${wrap(writeNodes(next()))}`;
    } else if (name === 'sqrt') {
      out += `√${wrap(writeNodes(next()))}`;
    } else if (greekLetters.has(name)) {
      out += greekLetters.get(name)!;
    } else if (symbols.has(name)) {
      out += symbols.get(name)!;
    } else if (spaces.has(name)) {
      out += ' ';
    } else if (silent.has(name)) {
      continue;
    } else if (name === 'bmod') {
      out += ' mod ';
    } else {
      // log, exp, max, tanh, ... print their own name, apart from what comes before
      out += out === '' || /[\s([{|]$/.test(out) ? name : ` ${name}`;
    }
  }
  return out;
}

/** The blackboard bold capitals Unicode had before its mathematical alphabets. */
const olderDoubleStruck: Record<string, string> = { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' };

/** Blackboard bold letters: `\mathbb{E}` → 𝔼, `\mathbb{R}` → ℝ. */
function doubleStruck(char: string): string {
  const older = olderDoubleStruck[char];
  if (older) return older;
  return /^[A-Z]$/.test(char) ? String.fromCodePoint(0x1d538 + char.charCodeAt(0) - 65) : char;
}

const superscripts = new Map(
  Array.from('0123456789+-=()niT⊤−', (char, index) => [char, Array.from('⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀᵀ⁻')[index]!]),
);

/** `x²`, `Wᵀ`, `x⁻¹` where Unicode has the characters; `x^(a+b)` otherwise. */
function superscript(text: string): string {
  const trimmed = text.trim();
  const chars = Array.from(trimmed);
  if (chars.length > 0 && chars.every((char) => superscripts.has(char))) {
    return chars.map((char) => superscripts.get(char)).join('');
  }
  return `^${wrap(trimmed)}`;
}

/** Parentheses around a fraction's or a root's argument unless it is a single symbol or word. */
function wrap(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return /^[^\s()+\-−·×/=,]+$/u.test(trimmed) ? trimmed : `(${trimmed})`;
}
