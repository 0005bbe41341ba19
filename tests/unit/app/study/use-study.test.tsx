// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { studyStorageKey } from '../../../../src/app/study/storage/study-state-defaults';
import { rateQuestion, useStudySnapshot, useStudyStoreLoaded } from '../../../../src/app/study/use-study';

function Probe() {
  const snapshot = useStudySnapshot();
  const loaded = useStudyStoreLoaded();
  const cards = snapshot ? Object.keys(snapshot.state.cards).join(',') || 'none' : 'unknown';
  return <output>{`cards: ${cards}; store ${loaded ? 'loaded' : 'not loaded'}`}</output>;
}

afterEach(cleanup);

describe('the study state on a page', () => {
  it('shows the empty state without loading the store while nothing is saved, and loads it on the first rating', async () => {
    localStorage.clear();
    render(<Probe />);
    expect(await screen.findByText('cards: none; store not loaded')).toBeInTheDocument();
    await act(async () => {
      await rateQuestion('elbo', 3);
    });
    expect(screen.getByRole('status')).toHaveTextContent('cards: elbo; store loaded');
    expect(localStorage.getItem(studyStorageKey)).toContain('"elbo"');
  });
});
