import { reviewRatings, type ReviewRating } from '../schedule/ratings';
import { preloadScheduler } from '../use-study';
import './study.css';

interface Props {
  onRate: (rating: ReviewRating) => void;
  /** Show each rating's key (1–4), where keyboard shortcuts work. */
  showKeys?: boolean;
  disabled?: boolean;
}

/** The four FSRS ratings, "Again", "Hard", "Good", "Easy", as a labelled group of buttons. */
export function RatingButtons({ onRate, showKeys = false, disabled = false }: Props) {
  return (
    <div
      className="rating-buttons"
      role="group"
      aria-label="How well did you know the answer?"
      onPointerEnter={preloadScheduler}
      onFocus={preloadScheduler}
    >
      {reviewRatings.map((rating) => (
        <button
          key={rating.value}
          type="button"
          className={`study-button rating-buttons__button rating-buttons__button--${rating.label.toLowerCase()}`}
          title={rating.hint}
          aria-keyshortcuts={showKeys ? String(rating.value) : undefined}
          disabled={disabled}
          onClick={() => {
            onRate(rating.value);
          }}
        >
          {rating.label}
          {showKeys && (
            <kbd className="rating-buttons__key" aria-hidden="true">
              {rating.value}
            </kbd>
          )}
        </button>
      ))}
    </div>
  );
}
