import { formatDue, formatDueDate } from '../progress/format-due';
import { isDue, statusLabels, statusOf } from '../progress/question-status';
import type { StoredCard } from '../storage/study-state';
import './study.css';

/** A question's status ("New", "Learning", "Known") and, once rated, when it is due. */
export function StatusBadge({ card, now }: { card: StoredCard | undefined; now: number }) {
  const status = statusOf(card);
  return (
    <span className="status">
      <span className={`status__badge status__badge--${status}`}>{statusLabels[status]}</span>
      {card && (
        <span className={isDue(card, now) ? 'status__due status__due--now' : 'status__due'}>
          {isDue(card, now) ? (
            'due now'
          ) : (
            <>
              due{' '}
              <time dateTime={new Date(card.due).toISOString()} title={formatDueDate(card.due)}>
                {formatDue(card.due, now)}
              </time>
            </>
          )}
        </span>
      )}
    </span>
  );
}
