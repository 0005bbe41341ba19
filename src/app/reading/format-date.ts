const formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * An ISO date as "25 November 2026", in UTC and in one fixed locale, so the prerendered HTML and
 * the browser render the same text (no hydration mismatch across time zones).
 */
export function formatDate(iso: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : formatter.format(date);
}
