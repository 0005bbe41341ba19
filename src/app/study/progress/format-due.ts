const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** When a review is due, relative to `now`: "now", "in 10 minutes", "tomorrow", "in 4 days". */
export function formatDue(due: number, now: number): string {
  const wait = due - now;
  if (wait <= 0) return 'now';
  const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  if (wait < hour) return relative.format(Math.max(1, Math.round(wait / minute)), 'minute');
  if (wait < day) return relative.format(Math.round(wait / hour), 'hour');
  if (wait < 60 * day) return relative.format(Math.round(wait / day), 'day');
  return relative.format(Math.round(wait / (30 * day)), 'month');
}

/** The due date as a full local date and time, for a tooltip or `<time>`. */
export function formatDueDate(due: number): string {
  return new Date(due).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
}
