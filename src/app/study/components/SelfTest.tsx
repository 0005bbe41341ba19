import { useRef, useState, type ReactNode } from 'react';
import { useHydrated } from '../../components/use-hydrated';
import { updateStudyState, useStudySnapshot } from '../use-study';
import './study.css';

/**
 * Wraps a question's answer. In self-test mode (a saved preference) the answer stays hidden until
 * "Reveal answer", so the learner answers first. The prerendered page always shows the answer.
 */
export function SelfTest({ slug, children }: { slug: string; children: ReactNode }) {
  const saved = useStudySnapshot()?.state.selfTest ?? false;
  // The learner's click shows at once, while the store may still be loading; it gives way as soon
  // as the saved value changes.
  const [pending, setPending] = useState<{ on: boolean; over: boolean }>();
  const selfTest = pending?.over === saved ? pending.on : saved;
  const [revealedSlug, setRevealedSlug] = useState<string>();
  const answer = useRef<HTMLDivElement>(null);
  const hidden = selfTest && revealedSlug !== slug;
  // Before hydration a click would tick the box and save nothing: it waits for the app, like widget controls.
  const hydrated = useHydrated();

  const setSelfTest = (on: boolean) => {
    setPending({ on, over: saved });
    updateStudyState((state) => ({ ...state, selfTest: on }));
  };

  return (
    <>
      <p className="self-test__toggle">
        <label>
          <input
            type="checkbox"
            checked={selfTest}
            disabled={!hydrated}
            onChange={(event) => {
              setSelfTest(event.target.checked);
            }}
          />{' '}
          Self-test: hide answers until I reveal them
        </label>
      </p>
      {hidden && (
        <div className="self-test__prompt">
          <p>The answer is hidden. Say your answer out loud first, then check it.</p>
          <button
            type="button"
            className="study-button study-button--primary"
            onClick={() => {
              setRevealedSlug(slug);
              requestAnimationFrame(() => answer.current?.focus());
            }}
          >
            Reveal answer
          </button>
        </div>
      )}
      <div ref={answer} className="self-test__answer" hidden={hidden} tabIndex={-1}>
        {children}
      </div>
    </>
  );
}
