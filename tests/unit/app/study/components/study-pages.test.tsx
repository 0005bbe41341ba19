// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { primeStudyPath } from '../../../../../src/app/study/path/path-data-client';
import type { StudyState } from '../../../../../src/app/study/storage/study-state';
import { createEmptyStudyState, studyStorageKey } from '../../../../../src/app/study/storage/study-state-defaults';
import { loadStudyStore } from '../../../../../src/app/study/use-study';
import type { QuestionPageData } from '../../../../../src/shared/page-data';
import type { StudyPathData } from '../../../../../src/shared/study-path';
import { whatAreAutoencoders } from '../../../../helpers/page-fixtures';
import { renderApp } from '../../../../helpers/render-page';

const path = {
  topics: [
    {
      slug: 'autoencoders',
      title: 'Autoencoders',
      questions: [
        { slug: 'what-are-autoencoders', title: 'What are autoencoders?', prerequisites: [] },
        {
          slug: 'autoencoders-vs-pca',
          title: 'How do autoencoders compare with PCA?',
          prerequisites: ['what-are-autoencoders'],
        },
      ],
    },
    {
      slug: 'transformers',
      title: 'Transformers',
      questions: [{ slug: 'attention', title: 'What is attention?', prerequisites: [] }],
    },
  ],
} as unknown as StudyPathData;

const question: QuestionPageData = {
  ...whatAreAutoencoders,
  next: { slug: 'autoencoders-vs-pca' as never, title: 'How do autoencoders compare with PCA?' },
};

const dueCard = {
  due: Date.now() - 60_000,
  stability: 3,
  difficulty: 5,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: 2,
  lastReview: Date.now() - 3 * 86_400_000,
};

// jsdom's File has no text(); browsers do.
function readText(this: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(reader.result as string);
    };
    reader.readAsText(this);
  });
}
Object.defineProperty(File.prototype, 'text', { value: readText, configurable: true });

async function setState(state: StudyState) {
  (await loadStudyStore()).replace(state);
}

beforeEach(async () => {
  primeStudyPath(path);
  await setState(createEmptyStudyState());
});
afterEach(cleanup);

describe('a question page', () => {
  it('links the previous and next questions of the path, named "Previous" and "Next"', async () => {
    await renderApp('/questions/what-are-autoencoders', [question]);
    const pager = screen.getByRole('navigation', { name: 'Study path' });
    expect(within(pager).getByRole('link', { name: 'Next' })).toHaveAttribute('href', '/questions/autoencoders-vs-pca');
    expect(within(pager).getByRole('link', { name: 'Next' })).toHaveAccessibleDescription(
      'How do autoencoders compare with PCA?',
    );
    expect(within(pager).queryByRole('link', { name: 'Previous' })).not.toBeInTheDocument();
  });

  it('rates a question with FSRS, shows when it comes back, and saves it', async () => {
    await renderApp('/questions/what-are-autoencoders', [question]);
    const panel = screen.getByRole('region', { name: 'How well did you know this?' });
    expect(within(panel).getByText('New')).toBeInTheDocument();
    const ratings = within(panel).getByRole('group', { name: 'How well did you know the answer?' });
    expect(
      within(ratings)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Again', 'Hard', 'Good', 'Easy']);
    await userEvent.click(within(ratings).getByRole('button', { name: 'Good' }));
    expect(await within(panel).findByText('Rated Good. Next review in 10 minutes.', { exact: false })).toBeVisible();
    expect(within(panel).getByText('Learning')).toBeInTheDocument();
    const saved = JSON.parse(localStorage.getItem(studyStorageKey)!) as StudyState;
    expect(saved.cards['what-are-autoencoders']).toMatchObject({ state: 1, reps: 1 });
  });

  it('hides the answer in self-test mode until "Reveal answer"', async () => {
    await renderApp('/questions/what-are-autoencoders', [question]);
    const shortAnswer = screen.getByRole('region', { name: 'Short answer' });
    expect(shortAnswer).toBeVisible();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Self-test: hide answers until I reveal them' }));
    await waitFor(() => expect(shortAnswer).not.toBeVisible());
    expect(screen.getByText('Full answer', { selector: 'h2' })).not.toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Reveal answer' }));
    expect(shortAnswer).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Reveal answer' })).not.toBeInTheDocument();
    expect((await loadStudyStore()).getSnapshot().state.selfTest).toBe(true);
  });

  it('renders notes as Markdown with math, and shows HTML in them as text', async () => {
    await renderApp('/questions/what-are-autoencoders', [question]);
    await userEvent.click(screen.getByRole('button', { name: 'Your notes' }));
    const notes = await screen.findByRole('textbox', { name: 'Your notes on this question' });
    fireEvent.change(notes, { target: { value: 'Loss: $x^2$ and <b>bold</b><img src=x onerror=alert(1)>' } });
    const preview = await screen.findByRole('region', { name: 'Preview of your notes' });
    await waitFor(() => {
      expect(preview.querySelector('.katex')).not.toBeNull();
    });
    expect(preview.querySelector('b, img, script')).toBeNull();
    expect(preview).toHaveTextContent('<b>bold</b><img src=x onerror=alert(1)>');
    expect((await loadStudyStore()).getSnapshot().state.notes).toEqual({
      'what-are-autoencoders': 'Loss: $x^2$ and <b>bold</b><img src=x onerror=alert(1)>',
    });
  });
});

describe('the review page', () => {
  it('shows a due question, reveals it with Space and rates it with a number key', async () => {
    await setState({ ...createEmptyStudyState(), cards: { 'what-are-autoencoders': dueCard } });
    await renderApp('/review', [question]);
    expect(screen.getByRole('heading', { level: 2, name: 'What are autoencoders?' })).toBeInTheDocument();
    expect(screen.getByText('Question 1 of 1 · Autoencoders')).toBeInTheDocument();
    await userEvent.keyboard(' ');
    const answer = await screen.findByRole('region', { name: 'Answer' });
    expect(await within(answer).findByText('reconstruct', { exact: false })).toBeInTheDocument();
    await userEvent.keyboard('3');
    expect(await screen.findByRole('heading', { name: 'Done: 1 question reviewed' })).toBeInTheDocument();
    expect(await screen.findByText(/^Good: "What are autoencoders\?" comes back in \d+ days\.$/)).toBeInTheDocument();
  });

  it('says when the next review is due and offers new questions in path order', async () => {
    await setState({
      ...createEmptyStudyState(),
      cards: { 'what-are-autoencoders': { ...dueCard, due: Date.now() + 3 * 86_400_000 } },
    });
    await renderApp('/review');
    expect(screen.getByRole('heading', { name: 'Nothing is due right now' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Nothing is due right now' })).toHaveTextContent(
      /The next review is due in 3 days \(.+\)\./,
    );
    const list = screen.getByRole('heading', { name: 'New questions, in path order' })
      .nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['How do autoencoders compare with PCA?', 'What is attention?']);
    await userEvent.click(screen.getByRole('button', { name: 'Study these 2 questions here' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'How do autoencoders compare with PCA?' }),
    ).toBeInTheDocument();
    await userEvent.keyboard('j');
    expect(screen.getByRole('heading', { level: 2, name: 'What is attention?' })).toBeInTheDocument();
    await userEvent.keyboard('{ArrowLeft}');
    expect(
      screen.getByRole('heading', { level: 2, name: 'How do autoencoders compare with PCA?' }),
    ).toBeInTheDocument();
  });
});

describe('the study path page and the home page', () => {
  it('lists every question in path order with its status and the progress', async () => {
    await setState({ ...createEmptyStudyState(), cards: { 'what-are-autoencoders': dueCard } });
    await renderApp('/path');
    expect(screen.getByRole('heading', { level: 1, name: 'Study path' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '1 of 3 questions studied' })).toHaveAttribute('value', '1');
    const topic = screen.getByRole('region', { name: 'Autoencoders' });
    expect(within(topic).getByRole('progressbar', { name: '1 of 2 studied' })).toBeInTheDocument();
    expect(
      within(topic)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['What are autoencoders?Knowndue now', 'How do autoencoders compare with PCA?New']);
  });

  it('refuses to import a file that is not a progress export, changing nothing', async () => {
    const state = { ...createEmptyStudyState(), cards: { 'what-are-autoencoders': dueCard } };
    await setState(state);
    await renderApp('/path');
    const file = new File(['{"hello":"world"}'], 'other.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Import progress'), file);
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent(
        'other.json: This file is not a progress export of this site. Nothing was changed.',
      );
    });
    expect((await loadStudyStore()).getSnapshot().state).toEqual(state);
  });

  it('offers to continue with the next question and shows overall progress on the home page', async () => {
    await renderApp('/');
    const block = screen.getByRole('region', { name: 'Continue' });
    expect(await within(block).findByRole('link', { name: 'What are autoencoders?' })).toHaveAttribute(
      'href',
      '/questions/what-are-autoencoders',
    );
    expect(within(block).getByText('Next new question')).toBeInTheDocument();
    expect(within(block).getByRole('progressbar', { name: '0 of 3 questions studied' })).toBeInTheDocument();
  });
});
