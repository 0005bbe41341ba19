/** Number formatting shared by the widgets' text readouts. */

const minus = '\u2212';

/** `value` with `digits` decimals, a true minus sign, and no "−0". */
export function formatFixed(value: number, digits = 2): string {
  const text = value.toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return text.startsWith('-') ? minus + text.slice(1) : text;
}

const superscripts: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Very small or large magnitudes as `5.2 × 10⁻³`; everyday ones as fixed decimals. */
export function formatMagnitude(value: number, digits = 2): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${minus}∞`;
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  if (exponent >= -2 && exponent < 4) return formatFixed(value, Math.max(0, digits + 1 - Math.max(exponent, 0)));
  const mantissa = value / 10 ** exponent;
  const power = String(exponent)
    .split('')
    .map((char) => superscripts[char] ?? char)
    .join('');
  return `${formatFixed(mantissa, digits - 1)} × 10${power}`;
}

/** A power of ten as `10⁻⁴` (and 1 as `1`), for the ticks of a log axis. */
export function formatPowerOfTen(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (exponent === 0) return '1';
  return `10${String(exponent)
    .split('')
    .map((char) => superscripts[char] ?? char)
    .join('')}`;
}
