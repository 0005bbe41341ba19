import { describe, expect, it } from 'vitest';
import { checkAnswer, formatAnswer } from '../../../../src/app/practice/check-answer';
import { drills } from '../../../../src/app/practice/drill-registry';
import { gruParameters, lstmParameters } from '../../../../src/app/practice/drills/rnn-parameters';
import { drillKinds } from '../../../../src/shared/widgets/specs/drill';

const seeds = Array.from({ length: 200 }, (_, index) => index + 1);
const numbersIn = (text: string) => (text.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);

describe('drills', () => {
  it('exist for every kind the widget registry allows', () => {
    expect(Object.keys(drills).sort()).toEqual([...drillKinds].sort());
  });

  it.each(drillKinds)('%s gives the same problem for the same seed, and different problems across seeds', (kind) => {
    expect(drills[kind].generate(42)).toEqual(drills[kind].generate(42));
    const prompts = new Set(seeds.map((seed) => drills[kind].generate(seed).prompt));
    expect(prompts.size).toBeGreaterThan(50);
  });

  it.each(drillKinds)('%s accepts its own answer and shows a worked solution ending in it', (kind) => {
    for (const seed of seeds) {
      const problem = drills[kind].generate(seed);
      expect(checkAnswer(problem.answer, formatAnswer(problem.answer))).toEqual({ status: 'right' });
      expect(problem.solution.join(' ')).toContain(formatAnswer(problem.answer).replace(/[()]/g, ''));
    }
  });

  it('conv output size matches the formula for the numbers in the prompt', () => {
    for (const seed of seeds) {
      const problem = drills['conv-output-size'].generate(seed);
      const match =
        /(\d+) × \d+ input\. Its kernel is (\d+) × \d+, with padding (\d+) on every side, stride (\d+) and dilation (\d+)/.exec(
          problem.prompt,
        );
      const [n, k, p, s, d] = match!.slice(1).map(Number) as [number, number, number, number, number];
      expect(problem.answer.value).toBe(Math.floor((n + 2 * p - d * (k - 1) - 1) / s) + 1);
    }
  });

  it('KL drills agree with KL(N(1,1) ‖ N(0,1)) = 0.5 style hand values', () => {
    for (const seed of seeds) {
      const problem = drills['kl-gaussians'].generate(seed);
      const [muP, , muQ] = numbersIn(problem.prompt);
      const [sigmaP, sigmaQ] = [...problem.prompt.matchAll(/, ([\d.]+)²/g)].map((match) => Number(match[1]));
      const expected = Math.log(sigmaQ! / sigmaP!) + (sigmaP! ** 2 + (muP! - muQ!) ** 2) / (2 * sigmaQ! ** 2) - 0.5;
      expect(problem.answer.value).toBeCloseTo(expected, 10);
    }
  });
});

describe('parameter counts', () => {
  it('an LSTM layer with input n and hidden h has 4(h(n + h) + h) parameters, a GRU 3(h(n + h) + h)', () => {
    expect(lstmParameters(10, 20)).toBe(4 * (20 * 30 + 20));
    expect(lstmParameters(1, 1)).toBe(12);
    expect(gruParameters(10, 20)).toBe(3 * (20 * 30 + 20));
  });
});

describe('checking an answer', () => {
  it('whole numbers, with or without thousands separators', () => {
    const answer = { kind: 'integer' as const, value: 1050624 };
    expect(checkAnswer(answer, '1,050,624')).toEqual({ status: 'right' });
    expect(checkAnswer(answer, ' 1050624 ')).toEqual({ status: 'right' });
    expect(checkAnswer(answer, '1050625')).toEqual({ status: 'wrong', expected: '1,050,624' });
    expect(checkAnswer(answer, 'about a million').status).toBe('unreadable');
  });

  it('decimals within half a unit of the last asked decimal, with a comma or a true minus sign', () => {
    const answer = { kind: 'number' as const, value: 0.4431, decimals: 2 };
    expect(checkAnswer(answer, '0.44')).toEqual({ status: 'right' });
    expect(checkAnswer(answer, '0,44')).toEqual({ status: 'right' });
    expect(checkAnswer(answer, '.443')).toEqual({ status: 'right' });
    expect(checkAnswer(answer, '0.46')).toEqual({ status: 'wrong', expected: '0.44' });
    expect(checkAnswer({ kind: 'number', value: -0.5, decimals: 2 }, '−0.50')).toEqual({ status: 'right' });
    expect(checkAnswer(answer, '').status).toBe('unreadable');
  });

  it('shapes in any common notation, in order', () => {
    const answer = { kind: 'shape' as const, value: [2, 8, 10, 64] };
    for (const typed of ['(2, 8, 10, 64)', '2 × 8 × 10 × 64', '[2,8,10,64]', '2x8x10x64']) {
      expect(checkAnswer(answer, typed)).toEqual({ status: 'right' });
    }
    expect(checkAnswer(answer, '(2, 10, 8, 64)')).toEqual({ status: 'wrong', expected: '(2, 8, 10, 64)' });
    expect(checkAnswer(answer, '(2, 8, 10)').status).toBe('wrong');
    expect(checkAnswer(answer, 'batch by heads').status).toBe('unreadable');
  });
});
