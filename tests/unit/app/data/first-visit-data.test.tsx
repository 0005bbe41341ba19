// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { primeFromDocument } from '../../../../src/app/data/first-visit-data';
import { clearSiteData, pageDataCache, siteDataCache, siteNavCache } from '../../../../src/app/data/page-data-client';
import { firstVisitDataScript } from '../../../../src/build/emit/first-visit-data';
import { renderPage } from '../../../../src/entry-server';
import { siteNavOf, type ContentPageData, type QuestionPageData } from '../../../../src/shared/page-data';
import { pageDataUrl, siteDataUrl } from '../../../../src/shared/routes';
import { autoencodersTopic, whatAreAutoencoders } from '../../../helpers/page-fixtures';
import { site } from '../../../helpers/render-page';

const withWidgets: QuestionPageData = {
  ...whatAreAutoencoders,
  html:
    '<p>Before.</p><div data-widget="kl-gaussians" data-props="{}"></div><p>Between <em>two</em>.</p>' +
    '<div data-widget="pooling" data-props="{&quot;size&quot;:2}"></div><div data-widget="kl-gaussians" data-props="{}"></div>',
};

const question: QuestionPageData = {
  ...whatAreAutoencoders,
  glossaryTerms: [{ id: 'latent', term: 'latent space', definitionHtml: 'Where <em>codes</em> live.' }] as never,
};

/** The prerendered page as the browser receives it: the app's HTML, then the data it hydrates from. */
async function prerendered(url: string, page: ContentPageData | null): Promise<string> {
  const body = await renderPage(url, site, page);
  pageDataCache.clear();
  clearSiteData();
  return `<div id="root">${body}</div>${firstVisitDataScript(url, site, page, body)}`;
}

function primedPage(url: string): Promise<ContentPageData | null> | undefined {
  return settled(pageDataCache.get(pageDataUrl(url)!));
}

/** The promise if it had already settled, as a primed cache entry has; a cache miss starts a fetch. */
function settled<T>(promise: Promise<T>): Promise<T> | undefined {
  return (promise as { status?: string }).status === 'fulfilled' ? promise : undefined;
}

beforeEach(() => {
  pageDataCache.clear();
  clearSiteData();
  globalThis.fetch = () => Promise.reject(new Error('no network in this test'));
});

describe('the first visit of a prerendered page', () => {
  it.each([
    ['/questions/what-are-autoencoders', question],
    ['/topics/autoencoders', autoencodersTopic],
    ['/questions/what-are-autoencoders', withWidgets],
  ] as const)('hydrates %s from what the page carries, HTML fields read back from the page', async (url, page) => {
    document.body.innerHTML = await prerendered(url, page);
    const script = document.getElementById('first-visit-data')!.textContent;
    // Each HTML field is sent once, as HTML: the data carries no markup but the widget placeholders.
    expect(script.replace(/\\u003cdiv data-widget=.*?\\u003c\/div>/g, '')).not.toMatch(/<|\\u003c/);
    primeFromDocument(url);
    await expect(primedPage(url)).resolves.toEqual(page);
    await expect(settled(siteNavCache.get(siteDataUrl))).resolves.toEqual(siteNavOf(site));
  });

  it("carries only the site's nav, except on the home page, which shows the topics' summaries", async () => {
    document.body.innerHTML = await prerendered('/questions/what-are-autoencoders', question);
    expect(document.getElementById('first-visit-data')!.textContent).not.toContain(site.topics[0]!.summary);
    primeFromDocument('/questions/what-are-autoencoders');
    expect(settled(siteDataCache.get(siteDataUrl))).toBeUndefined();

    clearSiteData();
    document.body.innerHTML = await prerendered('/', null);
    expect(document.body.textContent).toContain(site.topics[0]!.summary);
    primeFromDocument('/');
    await expect(settled(siteDataCache.get(siteDataUrl))).resolves.toEqual(site);
    await expect(settled(siteNavCache.get(siteDataUrl))).resolves.toEqual(siteNavOf(site));
  });

  it('escapes the data, so that no text in it can end the script element', async () => {
    const hostile = { ...question, title: '</script><script>alert(1)</script>' };
    document.body.innerHTML = await prerendered('/questions/what-are-autoencoders', hostile);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    primeFromDocument('/questions/what-are-autoencoders');
    expect((await primedPage('/questions/what-are-autoencoders'))?.title).toBe(hostile.title);
  });

  it('leaves the page data to be fetched when the data is corrupt, for another address, or its HTML is missing', async () => {
    const url = '/questions/what-are-autoencoders';
    document.body.innerHTML = (await prerendered(url, question)).replace(/("url":")[^"]+/, '$1/404');
    primeFromDocument(url);
    expect(primedPage(url)).toBeUndefined();

    pageDataCache.clear();
    document.body.innerHTML = await prerendered(url, question);
    document.querySelector('[data-page-field="html"]')!.removeAttribute('data-page-field');
    primeFromDocument(url);
    expect(primedPage(url)).toBeUndefined();

    pageDataCache.clear();
    document.body.innerHTML = `<script type="application/json" id="first-visit-data">{not json</script>`;
    expect(() => {
      primeFromDocument(url);
    }).not.toThrow();
    expect(primedPage(url)).toBeUndefined();
  });

  it('refuses to build when a marked element names no field of the page data', () => {
    expect(() =>
      firstVisitDataScript('/questions/x', site, question, '<div data-page-field="nonsense.0.html"></div>'),
    ).toThrow(/"nonsense.0.html" names no text field/);
  });
});
