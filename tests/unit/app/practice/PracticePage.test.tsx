// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { drills } from '../../../../src/app/practice/drill-registry';
import { formatAnswer } from '../../../../src/app/practice/check-answer';
import { renderApp } from '../../../helpers/render-page';

afterEach(cleanup);

describe('the practice page', () => {
  it('lists every drill, each starting at problem #1', async () => {
    await renderApp('/practice');
    expect(screen.getByRole('heading', { level: 1, name: 'Practice' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Practice Convolution output size',
      'Practice Shapes in multi-head attention',
      'Practice LSTM and GRU parameter counts',
      'Practice KL divergence of two Gaussians',
    ]);
    expect(screen.getAllByText('Problem #1.')).toHaveLength(4);
    expect(document.title).toBe('Practice · Deep Learning Topics');
  });

  it('opens the problem a link names, and checks its answer', async () => {
    await renderApp('/practice?drill=kl-gaussians&seed=77');
    const card = screen.getByRole('region', { name: 'Practice KL divergence of two Gaussians' });
    expect(within(card).getByText('Problem #77.')).toBeInTheDocument();
    expect(card).toHaveTextContent(drills['kl-gaussians'].generate(77).prompt);
    await userEvent.type(
      within(card).getByLabelText('Your answer'),
      formatAnswer(drills['kl-gaussians'].generate(77).answer),
    );
    await userEvent.click(within(card).getByRole('button', { name: 'Check' }));
    expect(within(card).getByRole('status')).toHaveTextContent(/^Right/);
  });

  it('gives a new problem on request', async () => {
    await renderApp('/practice');
    const card = screen.getByRole('region', { name: 'Practice Convolution output size' });
    const before = within(card).getByText(/What is the height/).textContent;
    await userEvent.click(within(card).getByRole('button', { name: 'New problem' }));
    expect(within(card).queryByText('Problem #1.')).not.toBeInTheDocument();
    expect(within(card).getByText(/What is the height/).textContent).not.toBe(before);
  });
});
