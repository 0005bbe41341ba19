import { useDeferredValue, useEffect } from 'react';
import { loadStudyStore, updateStudyState, useStudySnapshot, useStudyStoreLoaded } from '../use-study';
import { NoteMarkdown } from './NoteMarkdown';
import './study.css';

/**
 * The learner's Markdown notes on a question, saved as they type, with a live preview. This
 * module (and the Markdown renderer it pulls in) loads only when the notes panel opens.
 */
export default function NotesPanel({ id, slug }: { id: string; slug: string }) {
  const snapshot = useStudySnapshot();
  const text = snapshot?.state.notes[slug] ?? '';
  const preview = useDeferredValue(text);
  // Opening the notes is a first step to write: the field waits for the store, so no keystroke is lost.
  const ready = useStudyStoreLoaded();
  useEffect(() => {
    loadStudyStore().catch(() => undefined);
  }, []);

  const save = (value: string) => {
    updateStudyState((state) => {
      const others = Object.entries(state.notes).filter(([other]) => other !== slug);
      const notes = Object.fromEntries(value.trim() === '' ? others : [...others, [slug, value]]);
      return { ...state, notes };
    });
  };

  return (
    <div id={id} className="notes-panel">
      <label htmlFor={`${id}-text`} className="notes-panel__label">
        Your notes on this question
      </label>
      <textarea
        id={`${id}-text`}
        className="notes-panel__text"
        rows={6}
        value={text}
        disabled={!ready}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          save(event.target.value);
        }}
      />
      <p id={`${id}-hint`} className="notes-panel__hint">
        Markdown with math: <code>$x^2$</code> inline, <code>$$…$$</code> on its own lines. Saved in this browser as you
        type; HTML is shown as text.
      </p>
      {preview.trim() !== '' && (
        <section className="notes-panel__preview" aria-label="Preview of your notes">
          <NoteMarkdown text={preview} />
        </section>
      )}
    </div>
  );
}
