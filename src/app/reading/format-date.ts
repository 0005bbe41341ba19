const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * An ISO date as "25 November 2026", in UTC, so the prerendered HTML and the browser render the
 * same text (no hydration mismatch across time zones). Not `Intl.DateTimeFormat`: constructing the
 * first one loads the browser's locale and time-zone data, 14–20 ms on the main thread while the
 * page hydrates (four times that on Lighthouse's slowed mobile CPU).
 */
export function formatDate(iso: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
