import { useEffect, useEffectEvent } from 'react';
import type { ReviewRating } from '../schedule/ratings';

export interface ReviewKeyHandlers {
  reveal(): void;
  rate(rating: ReviewRating): void;
  move(by: 1 | -1): void;
}

const ratingKeys: Record<string, ReviewRating> = { '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * The review page's keys: Space reveals, 1–4 rate, j/k or →/← move to the next/previous question.
 * Keys typed into a field, or with a modifier, are left alone, and Space on a button or link keeps
 * its usual meaning (pressing it).
 */
export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    const rating = ratingKeys[event.key];
    if (rating) {
      handlers.rate(rating);
    } else if (event.key === ' ') {
      if (target?.closest('button, a, summary')) return;
      event.preventDefault();
      handlers.reveal();
    } else if (event.key === 'j' || event.key === 'ArrowRight') {
      handlers.move(1);
    } else if (event.key === 'k' || event.key === 'ArrowLeft') {
      handlers.move(-1);
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      onKey(event);
    };
    document.addEventListener('keydown', listener);
    return () => {
      document.removeEventListener('keydown', listener);
    };
  }, []);
}
