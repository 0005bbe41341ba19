// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { App } from '../../../../src/app/App';
import { pageDataCache, primeSiteData } from '../../../../src/app/data/page-data-client';
import { preloadRoute } from '../../../../src/app/routes/route-table';
import type { GlossaryPageData, NotationPageData } from '../../../../src/shared/reading-data';
import { readingPageDataUrl } from '../../../../src/shared/reading-routes';
import { autoencodersTopic, whatAreAutoencoders } from '../../../helpers/page-fixtures';
import { renderApp, site } from '../../../helpers/render-page';

afterEach(cleanup);

const glossary: GlossaryPageData = {
  kind: 'glossary',
  entries: [
    {
      id: 'elbo',
      term: 'ELBO',
      aliases: ['evidence lower bound'],
      definitionHtml: 'A lower bound on <em>log p(x)</em>.',
      explainedIn: { kind: 'question', href: '/questions/elbo#deriving-the-bound', title: 'What is the ELBO?' },
      mentionedOn: [{ kind: 'topic', href: '/topics/autoencoders', title: 'Autoencoders' }],
    },
    {
      id: 'beta-vae',
      term: 'β-VAE',
      aliases: [],
      definitionHtml: 'A VAE with a weighted KL term.',
      explainedIn: { kind: 'question', href: '/questions/balance', title: 'How to balance?' },
      mentionedOn: [],
    },
  ],
  otherNames: [{ name: 'VLB', pages: [{ kind: 'question', href: '/questions/elbo', title: 'What is the ELBO?' }] }],
};

const notation: NotationPageData = {
  kind: 'notation',
  entries: [
    {
      tex: '\\KL(q \\,\\|\\, p)',
      symbolHtml: '<span class="katex">KL</span>',
      macro: '\\KL',
      meaningHtml: 'The Kullback–Leibler divergence.',
      firstUse: { kind: 'topic', href: '/topics/variational-autoencoders', title: 'Variational autoencoders' },
    },
    { tex: 'x', symbolHtml: '<span class="katex">x</span>', meaningHtml: 'An input.' },
  ],
};

/** Renders the app at a reading page, its data loaded as the prerender and the client load it. */
async function renderReadingPage(url: '/glossary' | '/notation', data: GlossaryPageData | NotationPageData) {
  primeSiteData(site);
  pageDataCache.prime(readingPageDataUrl(url)!, data as never);
  await preloadRoute(url);
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="*" element={<App />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('reading aids on content pages', () => {
  it('show the reading time and the last change under the title, and the pages that refer here at the end', async () => {
    await renderApp('/topics/autoencoders', [
      {
        ...autoencodersTopic,
        readingMinutes: 7,
        lastUpdated: '2026-03-02T23:30:00-02:00',
        backlinks: [{ kind: 'question', href: '/questions/elbo', title: 'What is the ELBO?' }],
      },
    ]);
    expect(screen.getByText('7 min read')).toBeInTheDocument();
    expect(screen.getByText('3 March 2026')).toHaveAttribute('datetime', '2026-03-02T23:30:00-02:00');
    const backlinks = screen.getByRole('region', { name: 'Referenced by' });
    expect(within(backlinks).getByRole('link', { name: 'What is the ELBO?' })).toHaveAttribute(
      'href',
      '/questions/elbo',
    );
    expect(
      within(screen.getByRole('navigation', { name: 'On this page' })).getByRole('link', { name: 'Referenced by' }),
    ).toHaveAttribute('href', '#referenced-by');
  });

  it('show neither when the page data has no reading fields', async () => {
    await renderApp('/questions/what-are-autoencoders', [whatAreAutoencoders]);
    expect(screen.queryByText(/min read/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Referenced by' })).not.toBeInTheDocument();
  });
});

describe('/glossary', () => {
  it('lists the terms by letter with their names, definition, explaining page and other uses', async () => {
    await renderReadingPage('/glossary', glossary);
    expect(screen.getByRole('heading', { level: 1, name: 'Glossary' })).toBeInTheDocument();
    expect(document.title).toBe('Glossary · Deep Learning Topics');
    const letters = screen.getByRole('navigation', { name: 'Glossary letters' });
    expect(
      within(letters)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['E', '#', 'Other names']);
    const elbo = document.getElementById('elbo')!;
    expect(elbo).toHaveTextContent(
      'ELBO (evidence lower bound)A lower bound on log p(x).Explained in What is the ELBO?.',
    );
    expect(within(elbo).getByRole('link', { name: 'What is the ELBO?' })).toHaveAttribute(
      'href',
      '/questions/elbo#deriving-the-bound',
    );
    expect(within(elbo).getByText('Used on 1 other page')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '#' })).getByText('β-VAE')).toBeInTheDocument();
    const others = screen.getByRole('region', { name: 'Other names' });
    expect(within(others).getByRole('link', { name: 'What is the ELBO?' })).toHaveAttribute('href', '/questions/elbo');
  });
});

describe('/notation', () => {
  it('lists each symbol with its meaning, its macro and where it is first used', async () => {
    await renderReadingPage('/notation', notation);
    expect(screen.getByRole('heading', { level: 1, name: 'Notation' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Symbols and what they mean' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'SymbolMeaning',
      'KLThe Kullback–Leibler divergence.Macro \\KLFirst used in Variational autoencoders',
      'xAn input.',
    ]);
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', '/topics/variational-autoencoders');
  });
});
