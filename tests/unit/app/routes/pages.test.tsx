// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { autoencodersTopic, whatAreAutoencoders } from '../../../helpers/page-fixtures';
import { renderApp } from '../../../helpers/render-page';

afterEach(cleanup);

describe('HomePage', () => {
  it('lists the topics in order with their summaries and question counts', async () => {
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Deep Learning Topics' })).toBeInTheDocument();
    const topics = within(
      screen.getByRole('heading', { name: 'Topics' }).nextElementSibling as HTMLElement,
    ).getAllByRole('listitem');
    expect(topics.map((item) => item.textContent)).toEqual([
      'AutoencodersCompress and reconstruct.2 questions',
      'TransformersAttention everywhere.1 question',
    ]);
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Autoencoders' })).toHaveAttribute(
      'href',
      '/topics/autoencoders',
    );
  });
});

describe('TopicPage', () => {
  it('shows the body, a table of contents and the ordered questions with short answers', async () => {
    await renderApp('/topics/autoencoders', [autoencodersTopic]);
    expect(screen.getByRole('heading', { level: 1, name: 'Autoencoders' })).toBeInTheDocument();
    const toc = screen.getByRole('navigation', { name: 'On this page' });
    expect(
      within(toc)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#the-bottleneck', '#questions']);
    const questions = screen.getByRole('region', { name: 'Questions' });
    expect(
      within(questions)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['What are autoencoders?', 'How do autoencoders compare with PCA?']);
    expect(within(questions).getByText('reconstruct').tagName).toBe('EM');
    expect(screen.getByRole('link', { name: /Next topic\s*Transformers/ })).toHaveAttribute(
      'href',
      '/topics/transformers',
    );
  });

  it('shows the not-found page for an unknown topic', async () => {
    await renderApp('/topics/nope');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('QuestionPage', () => {
  it('shows the breadcrumb, the short answer first, and the follow-ups', async () => {
    await renderApp('/questions/what-are-autoencoders', [whatAreAutoencoders]);
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Autoencoders' })).toHaveAttribute(
      'href',
      '/topics/autoencoders',
    );
    expect(screen.getByRole('region', { name: 'Short answer' })).toHaveTextContent(
      'Networks that reconstruct their input.',
    );
    const followUps = screen.getByRole('region', { name: 'Follow-up questions' });
    expect(within(followUps).getByRole('link')).toHaveAttribute('href', '/questions/autoencoders-vs-pca');
    expect(screen.queryByRole('region', { name: 'Before this' })).not.toBeInTheDocument();
    expect(document.title).toBe('What are autoencoders? · Deep Learning Topics');
  });

  it('follows links inside the compiled body client-side, keeping the heading', async () => {
    const pcaQuestion = {
      ...whatAreAutoencoders,
      slug: 'autoencoders-vs-pca' as never,
      title: 'How do autoencoders compare with PCA?',
    };
    await renderApp('/questions/what-are-autoencoders', [whatAreAutoencoders, pcaQuestion]);
    await userEvent.click(screen.getByRole('link', { name: 'PCA' }));
    expect(await screen.findByRole('heading', { level: 1, name: pcaQuestion.title })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/questions/autoencoders-vs-pca#linear-case');
  });
});

describe('NotFoundPage', () => {
  it('links home and to every topic', async () => {
    await renderApp('/no/such/page');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Transformers' })).toHaveAttribute('href', '/topics/transformers');
  });
});

describe('Layout', () => {
  it('has a skip link, the site name, and the topic menu on every page', async () => {
    await renderApp('/no/such/page');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    const menu = screen.getByRole('navigation', { name: 'Topics' });
    expect(
      within(menu)
        .getAllByRole('link', { hidden: true })
        .map((link) => link.textContent),
    ).toEqual(['Autoencoders', 'Transformers']);
  });
});
