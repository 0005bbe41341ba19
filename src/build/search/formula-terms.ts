import { normalizeTerm } from '../../shared/search/normalize-term';
import { scanTerms } from '../../shared/search/scan-terms';
import { greekLetters, plainTextOf, readTex, textCommands, type TexNode } from './read-tex';

/** Commands that name an operation a reader would search for, by the term they stand for. */
const namedCommands = new Map<string, string>([
  ['sqrt', 'sqrt'],
  ['sum', 'sum'],
  ['prod', 'prod'],
  ['int', 'integral'],
  ['log', 'log'],
  ['ln', 'ln'],
  ['exp', 'exp'],
  ['max', 'max'],
  ['min', 'min'],
  ['arg', 'arg'],
  ['sup', 'sup'],
  ['inf', 'inf'],
  ['lim', 'lim'],
  ['det', 'det'],
  ['tanh', 'tanh'],
  ['sin', 'sin'],
  ['cos', 'cos'],
  ['nabla', 'nabla'],
  ['partial', 'partial'],
  ['odot', 'odot'],
  ['otimes', 'otimes'],
  ['oplus', 'oplus'],
  ['infty', 'infinity'],
  ['top', 'transpose'],
]);

/**
 * The searchable terms of a formula, read from its TeX source: words in `\text{}`/`\mathrm{}`/
 * `\operatorname{}` (softmax, KL, model), named operations (sqrt, log, max), Greek letters by
 * name (sigma), subscripted and superscripted names (d_k → dk, d_{\text{model}} → dmodel,
 * W^Q → wq) and runs of letters (QK). Single letters are left out: they match everything.
 */
export function extractFormulaTerms(tex: string): string[] {
  const words: string[] = [];
  collect(readTex(tex), words);
  const terms = new Set<string>();
  for (const word of words) {
    for (const span of scanTerms(word)) terms.add(span.term);
  }
  return [...terms];
}

function collect(nodes: readonly TexNode[], words: string[]): void {
  let letters = '';
  const flushLetters = () => {
    if (letters.length >= 2) words.push(letters);
    letters = '';
  };
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.kind === 'char') {
      if (/[A-Za-z]/.test(node.value)) {
        letters += node.value;
        const scripted = scriptedName(node.value, nodes[index + 1], nodes[index + 2]);
        if (scripted) words.push(scripted);
      } else flushLetters();
      continue;
    }
    flushLetters();
    if (node.kind === 'group') {
      collect(node.children, words);
      continue;
    }
    const argument = nodes[index + 1];
    if ((node.name === 'begin' || node.name === 'end') && argument) {
      index++; // an environment's name (aligned, pmatrix) is not content
    } else if (textCommands.has(node.name) && argument) {
      const text = plainTextOf([argument]);
      // \mathbb{E} is the expectation; other single letters in a font (\mathbf{x}) are just symbols.
      if (node.name === 'mathbb' && text === 'E') words.push('expectation');
      else if (text.length > 1) words.push(text);
      index++;
    } else if (greekLetters.has(node.name)) {
      words.push(node.name.replace(/^var/, ''));
    } else if (namedCommands.has(node.name)) {
      words.push(namedCommands.get(node.name)!);
      if (node.name === 'arg' && argument?.kind === 'command' && /^(max|min)$/.test(argument.name)) {
        words.push(`arg${argument.name}`);
      }
    }
  }
  flushLetters();
}

/** `d_k`, `d_{\text{model}}`, `W^Q`, `W^{K}` → `d_k`, `d_model`, `W_Q`: a letter with a named script. */
function scriptedName(letter: string, mark: TexNode | undefined, script: TexNode | undefined): string | undefined {
  if (mark?.kind !== 'char' || (mark.value !== '_' && mark.value !== '^') || !script) return undefined;
  const text = script.kind === 'char' ? script.value : script.kind === 'group' ? plainTextOf(script.children) : '';
  if (!/^[A-Za-z0-9]+$/.test(text)) return undefined;
  // A superscript must be a name (W^Q), not a power (x^2).
  if (mark.value === '^' && !/^[A-Za-z]+$/.test(text)) return undefined;
  const name = `${letter}_${text}`;
  return normalizeTerm(name) === undefined ? undefined : name;
}
