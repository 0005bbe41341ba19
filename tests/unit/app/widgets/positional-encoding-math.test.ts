import { describe, expect, it } from 'vitest';
import {
  dotProductAtOffset,
  dotProductsWith,
  frequency,
  positionalEncoding,
} from '../../../../src/app/widgets/positional-encoding/positional-encoding-math';

describe('sinusoidal positional encoding', () => {
  it('is 0 on even and 1 on odd dimensions at position 0', () => {
    expect(positionalEncoding(0, 8)).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
  });

  it('uses frequencies 1/10000^(2i/d): the first pair turns once per radian, the last slowest', () => {
    expect(frequency(0, 16)).toBe(1);
    expect(frequency(4, 16)).toBeCloseTo(0.01, 12);
    const [sin, cos] = positionalEncoding(1, 16);
    expect(sin).toBeCloseTo(Math.sin(1), 12);
    expect(cos).toBeCloseTo(Math.cos(1), 12);
  });

  it('has dot products that depend only on the offset, largest (d/2) at offset 0', () => {
    const fromTen = dotProductsWith(10, 40, 32);
    const fromTwenty = dotProductsWith(20, 40, 32);
    expect(fromTen[10]).toBeCloseTo(16, 10);
    expect(fromTen[13]).toBeCloseTo(fromTwenty[23]!, 10);
    expect(fromTen[13]).toBeCloseTo(dotProductAtOffset(3, 32), 10);
    expect(Math.max(...fromTen)).toBeCloseTo(16, 10);
  });
});
