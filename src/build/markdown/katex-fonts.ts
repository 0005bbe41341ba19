/**
 * Which of KaTeX's font files draws a piece of KaTeX HTML, following the font rules of
 * `katex.css` (class → family, style, weight). Used to subset each font file to the characters
 * it actually draws on the site.
 */

export interface FontState {
  family: string;
  italic: boolean;
  bold: boolean;
}

export const initialFontState: FontState = { family: 'Main', italic: false, bold: false };

/** katex.css: `.katex .<class>` rules that set the font. */
const classRules: Record<string, Partial<FontState>> = {
  textrm: { family: 'Main' },
  mainrm: { family: 'Main', italic: false },
  mathrm: { italic: false },
  textit: { italic: true },
  textbf: { bold: true },
  mathnormal: { family: 'Math', italic: true },
  mathit: { family: 'Main', italic: true },
  mathbf: { family: 'Main', bold: true },
  boldsymbol: { family: 'Math', italic: true, bold: true },
  amsrm: { family: 'AMS' },
  mathbb: { family: 'AMS' },
  textbb: { family: 'AMS' },
  mathcal: { family: 'Caligraphic' },
  mathfrak: { family: 'Fraktur' },
  textfrak: { family: 'Fraktur' },
  mathboldfrak: { family: 'Fraktur', bold: true },
  textboldfrak: { family: 'Fraktur', bold: true },
  mathtt: { family: 'Typewriter' },
  texttt: { family: 'Typewriter' },
  mathscr: { family: 'Script' },
  textscr: { family: 'Script' },
  mathsf: { family: 'SansSerif' },
  textsf: { family: 'SansSerif' },
  mathboldsf: { family: 'SansSerif', bold: true },
  textboldsf: { family: 'SansSerif', bold: true },
  mathitsf: { family: 'SansSerif', italic: true },
  mathsfit: { family: 'SansSerif', italic: true },
  textitsf: { family: 'SansSerif', italic: true },
};

/** The font state inside an element with these classes, inside an element with `parent` state. */
export function nextFontState(
  parent: FontState,
  classes: readonly string[],
  parentClasses: readonly string[],
): FontState {
  let state = parent;
  for (const name of classes) {
    const rule = classRules[name];
    if (rule) state = { ...state, ...rule };
  }
  const sizing = classes.includes('delimsizing') ? classes.find((name) => /^size[1-4]$/.test(name)) : undefined;
  if (sizing) state = { ...state, family: `Size${sizing.slice(4)}` };
  if (classes.includes('op-symbol') && classes.includes('small-op')) state = { ...state, family: 'Size1' };
  if (classes.includes('op-symbol') && classes.includes('large-op')) state = { ...state, family: 'Size2' };
  // `.delimsizing.mult .delim-size1 > span` and `.delim-size4 > span`
  if (parentClasses.includes('delim-size1')) state = { ...state, family: 'Size1' };
  if (parentClasses.includes('delim-size4')) state = { ...state, family: 'Size4' };
  return state;
}

/** The faces KaTeX ships, per family. */
const faces: Record<string, string[]> = {
  Main: ['Regular', 'Bold', 'Italic', 'BoldItalic'],
  Math: ['Italic', 'BoldItalic'],
  AMS: ['Regular'],
  Caligraphic: ['Regular', 'Bold'],
  Fraktur: ['Regular', 'Bold'],
  SansSerif: ['Regular', 'Bold', 'Italic'],
  Script: ['Regular'],
  Typewriter: ['Regular'],
  Size1: ['Regular'],
  Size2: ['Regular'],
  Size3: ['Regular'],
  Size4: ['Regular'],
};

/** The font file (e.g. `KaTeX_Main-Bold`) the browser picks for a state, as @font-face matching does. */
export function fontFileOf({ family, italic, bold }: FontState): string {
  const available = faces[family] ?? ['Regular'];
  const wanted = `${bold ? 'Bold' : ''}${italic ? 'Italic' : ''}` || 'Regular';
  const candidates = [wanted, bold ? 'Bold' : '', italic ? 'Italic' : '', 'Regular', available[0]!];
  const face = candidates.find((candidate) => available.includes(candidate))!;
  return `KaTeX_${family}-${face}`;
}
