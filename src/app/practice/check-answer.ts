import type { Answer } from './drill-types';

export type CheckResult =
  { status: 'right' } | { status: 'wrong'; expected: string } | { status: 'unreadable'; help: string };

/** The expected answer written out, as the solution states it. */
export function formatAnswer(answer: Answer): string {
  switch (answer.kind) {
    case 'integer':
      return answer.value.toLocaleString('en-US');
    case 'number':
      return answer.value.toFixed(answer.decimals);
    case 'shape':
      return `(${answer.value.join(', ')})`;
  }
}

/**
 * Compares what the learner typed with the expected answer. Whole numbers may use thousands
 * separators; decimals count as right within half a unit of the last asked decimal (plus rounding
 * slack); shapes may be written `(2, 8, 10, 64)`, `2 × 8 × 10 × 64` or `[2,8,10,64]`.
 */
export function checkAnswer(answer: Answer, typed: string): CheckResult {
  const text = typed.trim().replace(/\u2212/g, '-');
  switch (answer.kind) {
    case 'integer': {
      const digits = text.replace(/[\s,_']/g, '');
      if (!/^-?\d+$/.test(digits)) return { status: 'unreadable', help: 'Enter a whole number, such as 14 or 1,024.' };
      return Number(digits) === answer.value
        ? { status: 'right' }
        : { status: 'wrong', expected: formatAnswer(answer) };
    }
    case 'number': {
      const normalized = /^-?\d*,\d+$/.test(text) ? text.replace(',', '.') : text;
      if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normalized)) {
        return {
          status: 'unreadable',
          help: `Enter a number with ${answer.decimals} decimals, such as 0.${'4'.repeat(answer.decimals)}.`,
        };
      }
      const tolerance = 0.5 * 10 ** -answer.decimals + 1e-9;
      return Math.abs(Number(normalized) - answer.value) <= tolerance
        ? { status: 'right' }
        : { status: 'wrong', expected: formatAnswer(answer) };
    }
    case 'shape': {
      if (!/^[\s([]*\d+(?:\s*[,×x*]\s*\d+)*[\s)\]]*$/i.test(text)) {
        return { status: 'unreadable', help: 'Enter the sizes in order, separated by commas: (2, 8, 10, 64).' };
      }
      const sizes = (text.match(/\d+/g) ?? []).map(Number);
      const same = sizes.length === answer.value.length && sizes.every((size, index) => size === answer.value[index]);
      return same ? { status: 'right' } : { status: 'wrong', expected: formatAnswer(answer) };
    }
  }
}
