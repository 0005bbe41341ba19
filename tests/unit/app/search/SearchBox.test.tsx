// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { indexDocuments } from '../../../../src/build/search/build-search-index';
import { searchManifestUrl, type SearchDocument } from '../../../../src/shared/search/search-data';
import { whatAreAutoencoders } from '../../../helpers/page-fixtures';
import { renderApp } from '../../../helpers/render-page';

const documents: SearchDocument[] = [
  {
    id: 0,
    href: '/questions/what-are-autoencoders',
    kind: 'question',
    title: 'What are autoencoders?',
    heading: '',
    aliases: ['AE'],
    keywords: [],
    glossary: ['Autoencoder', 'auto-encoder'],
    text: 'Networks that reconstruct their input.',
    body: 'Networks that reconstruct their input.',
    formulas: [],
  },
  {
    id: 1,
    href: '/questions/what-are-autoencoders#full-answer',
    kind: 'question',
    title: 'What are autoencoders?',
    heading: 'Full answer',
    aliases: [],
    keywords: [],
    glossary: [],
    text: 'An encoder maps x to a code; scores are divided by √d_k.',
    body: 'An encoder maps x to a code; scores are divided by.',
    formulas: [{ tex: '\\sqrt{d_k}', terms: ['sqrt', 'dk'] }],
  },
  {
    id: 2,
    href: '/topics/autoencoders#the-bottleneck',
    kind: 'topic',
    title: 'Autoencoders',
    heading: 'The bottleneck',
    aliases: [],
    keywords: [],
    glossary: [],
    text: 'A narrow code forces the network to compress.',
    body: 'A narrow code forces the network to compress.',
    formulas: [],
  },
];
const formulaHtml = '<span class="katex-display"><span class="katex" data-testid="formula">√d_k</span></span>';
const search = indexDocuments(documents, [['Autoencoder', 'AE', 'auto-encoder']], ['Autoencoder', 'bottleneck'], {
  '\\sqrt{d_k}': formulaHtml,
});

const fetchMock = vi.fn((url: string) => {
  const body =
    url === searchManifestUrl
      ? JSON.stringify(search.manifest)
      : url === '/data/questions/what-are-autoencoders.json'
        ? JSON.stringify(whatAreAutoencoders)
        : search.shards.get(url);
  return Promise.resolve(new Response(body ?? '{}', { status: body ? 200 : 404 }));
});

beforeAll(() => {
  vi.stubGlobal('fetch', fetchMock);
  Element.prototype.scrollIntoView = vi.fn();
  window.scrollTo = vi.fn();
});
afterEach(cleanup);

const searchField = () => screen.getByRole('combobox', { name: 'Search' });
const requested = () => fetchMock.mock.calls.map(([url]) => url);

describe('the search field', () => {
  it('is a labelled search input in the header, and loads search only when first focused', async () => {
    await renderApp('/');
    const field = within(screen.getByRole('banner')).getByRole('combobox', { name: 'Search' });
    expect(field).toHaveAttribute('type', 'search');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field.closest('form')).toHaveAttribute('action', '/search');
    expect(requested()).not.toContain(searchManifestUrl);
    await userEvent.click(field);
    await waitFor(() => {
      expect(requested()).toContain(searchManifestUrl);
    });
    // Shards come with the first query, not with focus.
    expect(requested().filter((url) => url.startsWith('/data/search-') && url !== searchManifestUrl)).toEqual([]);
  });

  it('lists results as options while typing, with matched words marked and the matched formula shown', async () => {
    await renderApp('/');
    await userEvent.type(searchField(), 'sqrt d_k');
    const listbox = await screen.findByRole('listbox', { name: 'Search results' });
    const options = await within(listbox).findAllByRole('option');
    expect(options[0]).toHaveTextContent('What are autoencoders? › , section: Full answer');
    expect(within(options[0]!).getByText('√d_k', { selector: 'mark' })).toBeInTheDocument();
    expect(await within(options[0]!).findByTestId('formula')).toBeInTheDocument();
    expect(options.at(-1)).toHaveTextContent('See all 1 results for “sqrt d_k”');
    expect(searchField()).toHaveAttribute('aria-expanded', 'true');
  });

  it('moves through options with the arrow keys and opens the section with Enter, highlighted', async () => {
    await renderApp('/');
    await userEvent.type(searchField(), 'encoder');
    const options = await screen.findAllByRole('option');
    await userEvent.keyboard('{ArrowDown}');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(searchField()).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await userEvent.keyboard('{ArrowUp}');
    expect(options.at(-1)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const chosen = options[1]!.textContent;
    expect(chosen).toContain('Full answer');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => {
      expect(screen.getByTestId('location')).toHaveTextContent('/questions/what-are-autoencoders#full-answer');
    });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Full answer' });
    await waitFor(() => {
      expect(heading).toHaveClass('search-target');
    });
    expect(heading).toHaveFocus();
    expect(searchField()).toHaveValue('');
  });

  it('closes with Escape, then clears with a second Escape', async () => {
    await renderApp('/');
    await userEvent.type(searchField(), 'code');
    await screen.findAllByRole('option');
    await userEvent.keyboard('{Escape}');
    expect(searchField()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(searchField()).toHaveValue('code');
    await userEvent.keyboard('{Escape}');
    expect(searchField()).toHaveValue('');
  });

  it('finds by a synonym from the glossary and says so cleanly when nothing matches', async () => {
    await renderApp('/');
    await userEvent.type(searchField(), 'auto-encoder');
    expect((await screen.findAllByRole('option'))[0]).toHaveTextContent('What are autoencoders?');
    await userEvent.clear(searchField());
    await userEvent.type(searchField(), 'qqqq zzzz');
    expect(await screen.findByText('No results. Try another word, or browse the topics.')).toBeInTheDocument();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    await userEvent.clear(searchField());
    await userEvent.type(searchField(), 'botlnek');
    expect(await screen.findByRole('option', { name: 'Search for “bottleneck”' })).toBeInTheDocument();
  });

  it('takes focus with "/" from the page and with Ctrl+K or Cmd+K from anywhere', async () => {
    await renderApp('/');
    await userEvent.click(document.body);
    await userEvent.keyboard('/');
    expect(searchField()).toHaveFocus();
    expect(searchField()).toHaveValue('');
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    await userEvent.keyboard('/');
    expect(other).toHaveFocus(); // "/" is typed into other fields
    await userEvent.keyboard('{Control>}k{/Control}');
    expect(searchField()).toHaveFocus();
    other.focus();
    await userEvent.keyboard('{Meta>}k{/Meta}');
    expect(searchField()).toHaveFocus();
    other.remove();
  });

  it('survives hostile input', async () => {
    await renderApp('/');
    for (const input of ['(.*+?[', '<script>alert(1)</script>', '🙂', '__proto__', '!!!']) {
      await userEvent.clear(searchField());
      await act(async () => {
        await userEvent.type(searchField(), input.replace(/[[{]/g, '$&$&'));
      });
      const status = within(screen.getByRole('banner')).getByRole('status');
      await waitFor(() => {
        expect(status).toHaveTextContent(/results?|No results/);
      });
    }
    expect(document.querySelector('script')).toBeNull();
  });
});

describe('the results page', () => {
  it('lists every result as a link in rank order, and shows the query in the field', async () => {
    await renderApp('/search?q=autoencoder');
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(await screen.findByText('3 results for “autoencoder”')).toBeInTheDocument();
    const links = within(screen.getByRole('main')).getAllByRole('link');
    // The page about the concept (a glossary name) first, then the sections that mention it.
    expect(links[0]).toHaveAttribute('href', '/questions/what-are-autoencoders');
    expect(links[0]).toHaveTextContent('What are autoencoders?');
    expect(links.slice(1).map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/topics/autoencoders#the-bottleneck', '/questions/what-are-autoencoders#full-answer']),
    );
    expect(searchField()).toHaveValue('autoencoder');
  });

  it('says when nothing matches, suggests the closest terms and offers the topics', async () => {
    await renderApp('/search?q=botlnek');
    expect(await screen.findByText('No results for “botlnek”.')).toBeInTheDocument();
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('link', { name: 'bottleneck' })).toHaveAttribute('href', '/search?q=bottleneck');
    expect(main.getByRole('link', { name: 'Transformers' })).toHaveAttribute('href', '/topics/transformers');
  });
});
