// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuestionPageData } from '../../../../src/shared/page-data';
import type { LinkPreviewData } from '../../../../src/shared/reading-data';
import { whatAreAutoencoders } from '../../../helpers/page-fixtures';
import { renderApp } from '../../../helpers/render-page';

const preview: LinkPreviewData = {
  kind: 'question',
  title: 'How do autoencoders compare with PCA?',
  summaryHtml: 'A linear autoencoder <em>spans</em> the PCA subspace.',
  topicTitle: 'Autoencoders',
  equations: [{ id: 'eq-pca', number: 1, html: '<span class="katex">W W^T x</span>' }],
};

const page: QuestionPageData = {
  ...whatAreAutoencoders,
  html:
    '<p>Compare with <a href="/questions/autoencoders-vs-pca">PCA</a> and its ' +
    '<a href="/questions/autoencoders-vs-pca#eq-pca" class="eq-ref">eq. (1)</a>, or <a href="https://arxiv.org">a paper</a>.</p>',
};

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn((url: string) =>
    Promise.resolve(
      url.endsWith('/data/previews/questions/autoencoders-vs-pca.json')
        ? new Response(JSON.stringify(preview))
        : new Response('{}', { status: 404 }),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('link previews', () => {
  it('load nothing until a link is hovered, then show the page title, topic and short answer', async () => {
    const user = userEvent.setup();
    await renderApp('/questions/what-are-autoencoders', [page]);
    expect(fetchMock).not.toHaveBeenCalledWith(expect.stringContaining('/data/previews/'));
    const link = screen.getByRole('link', { name: 'PCA' });
    await user.hover(link);
    const card = await screen.findByRole('tooltip');
    expect(card).toHaveTextContent(
      'How do autoencoders compare with PCA?AutoencodersA linear autoencoder spans the PCA subspace.',
    );
    expect(link).toHaveAccessibleDescription(/A linear autoencoder spans the PCA subspace/);
    await user.unhover(link);
    await waitFor(() => {
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    });
    expect(link).not.toHaveAttribute('aria-describedby');
  });

  it('show the equation a link points to, on keyboard focus, and close on Escape', async () => {
    const user = userEvent.setup();
    await renderApp('/questions/what-are-autoencoders', [page]);
    const reference = screen.getByRole('link', { name: 'eq. (1)' });
    while (document.activeElement !== reference) await user.tab();
    const card = await screen.findByRole('tooltip', {}, { timeout: 2000 });
    expect(card).toHaveTextContent('Equation (1)');
    expect(card).toHaveTextContent('W W^T x');
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    });
  });

  it('ignore external links', async () => {
    const user = userEvent.setup();
    await renderApp('/questions/what-are-autoencoders', [page]);
    await user.hover(screen.getByRole('link', { name: 'a paper' }));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalledWith(expect.stringContaining('/data/previews/'));
  });
});
