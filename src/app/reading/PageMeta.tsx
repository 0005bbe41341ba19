import type { PageReadingFields } from '../../shared/reading-data';
import { formatDate } from './format-date';

/** "6 min read · Updated 25 November 2026" under a page's title; nothing when the data has neither. */
export function PageMeta({ page }: { page: PageReadingFields }) {
  const updated = page.lastUpdated ? formatDate(page.lastUpdated) : undefined;
  if (!page.readingMinutes && !updated) return null;
  return (
    <p className="page-meta">
      {page.readingMinutes !== undefined && <span>{page.readingMinutes} min read</span>}
      {updated && (
        <span>
          Updated <time dateTime={page.lastUpdated}>{updated}</time>
        </span>
      )}
    </p>
  );
}
