import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../src/app/reading/format-date';

describe('formatDate', () => {
  it('writes every day of a leap year as Intl does in en-GB, in UTC', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2028, 0, 1 + day, 12));
      expect(formatDate(date.toISOString())).toBe(intl.format(date));
    }
  });

  it('takes the UTC day of a time with an offset, so every reader sees the same date', () => {
    expect(formatDate('2026-11-25T23:30:00-05:00')).toBe('26 November 2026');
    expect(formatDate('2026-01-01T00:30:00+01:00')).toBe('31 December 2025');
  });

  it('gives nothing for a date it cannot read', () => {
    expect(formatDate('not a date')).toBeUndefined();
  });
});
