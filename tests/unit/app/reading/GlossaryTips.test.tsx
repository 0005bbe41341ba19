// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionPageData } from '../../../../src/shared/page-data';
import { whatAreAutoencoders } from '../../../helpers/page-fixtures';
import { renderApp } from '../../../helpers/render-page';

afterEach(cleanup);

const page: QuestionPageData = {
  ...whatAreAutoencoders,
  html:
    '<h2 id="full-answer">Full answer</h2><p>Maximise the ' +
    '<span class="gloss-term" data-term="elbo" tabindex="0" aria-describedby="gloss-elbo">ELBO</span> of the data.</p>',
  glossaryTerms: [{ id: 'elbo', term: 'ELBO', definitionHtml: 'A <em>lower bound</em> on the log-likelihood.' }],
};

const term = () => screen.getByText('ELBO', { selector: '.gloss-term' });

describe('glossary tooltips', () => {
  it('describe a marked term by its definition, and stay hidden until asked for', async () => {
    await renderApp('/questions/what-are-autoencoders', [page]);
    expect(term()).toHaveAccessibleDescription('ELBO A lower bound on the log-likelihood.');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('show the definition on keyboard focus and hide it on Escape', async () => {
    const user = userEvent.setup();
    await renderApp('/questions/what-are-autoencoders', [page]);
    await user.tab();
    while (document.activeElement !== term()) await user.tab();
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('ELBO A lower bound on the log-likelihood.');
    expect(tooltip).toHaveAttribute('id', 'gloss-elbo');
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    });
    expect(term()).toHaveFocus();
  });

  it('show the definition while the pointer rests on the term, and hide it when it leaves', async () => {
    const user = userEvent.setup();
    await renderApp('/questions/what-are-autoencoders', [page]);
    await user.hover(term());
    expect(await screen.findByRole('tooltip')).toHaveTextContent('A lower bound');
    await user.unhover(term());
    await waitFor(() => {
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    });
  });

  it('show the definition when the term is tapped (a tap focuses it)', async () => {
    await renderApp('/questions/what-are-autoencoders', [page]);
    act(() => {
      term().focus();
    });
    expect(await screen.findByRole('tooltip')).toBeVisible();
    act(() => {
      term().blur();
    });
    await waitFor(() => {
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    });
  });
});
