// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ProseHtml } from '../../../../src/app/components/ProseHtml';
import { preloadWidgets } from '../../../../src/app/widgets/widget-loader';
import { defaultProps } from '../../../../src/shared/widgets/prop-spec';
import { placeholderProperties } from '../../../../src/shared/widgets/widget-placeholder';
import { widgetRegistry } from '../../../../src/shared/widgets/widget-registry';

/** An IntersectionObserver that reports an element in view only when the test says so. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly observed: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.observed.length = 0;
  }
  bringIntoView() {
    const entries = this.observed.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

const { dataProps } = placeholderProperties('conv-geometry', {
  ...defaultProps(widgetRegistry['conv-geometry'].props),
  stride: 2,
});
const html = `<p>Before.</p><div data-widget="conv-geometry" data-props="${dataProps.replace(/"/g, '&#x22;')}"></div>`;
const page = (
  <MemoryRouter>
    <ProseHtml html={html} />
  </MemoryRouter>
);
let root: Root | undefined;

beforeEach(() => {
  FakeIntersectionObserver.instances = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});

afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

it('a prerendered widget keeps its HTML while hydrating, and starts when it comes near the screen', async () => {
  await preloadWidgets(html);
  const container = document.createElement('div');
  container.innerHTML = renderToString(page);
  document.body.append(container);
  const prerendered = screen.getByRole('figure', { name: /Convolution geometry/ });
  const errors = vi.spyOn(console, 'error');

  await act(async () => {
    root = hydrateRoot(container, page);
    await Promise.resolve();
  });
  expect(screen.getByRole('figure', { name: /Convolution geometry/ })).toBe(prerendered);
  expect(within(prerendered).getByLabelText('Stride')).toBeDisabled();
  expect(errors).not.toHaveBeenCalled();

  const [observer] = FakeIntersectionObserver.instances;
  expect(observer?.observed).toEqual([prerendered.parentElement]);
  await act(async () => {
    observer!.bringIntoView();
    await Promise.resolve(); // the widget's code (cached) arrives a microtask later
  });
  const started = screen.getByRole('figure', { name: /Convolution geometry/ });
  const stride = within(started).getByLabelText('Stride');
  expect(stride).toBeEnabled();
  expect(within(started).getByText('Output size: 3', { exact: true })).toBeInTheDocument();
  fireEvent.change(stride, { target: { value: '1' } });
  expect(within(started).getByText('Output size: 5', { exact: true })).toBeInTheDocument();
  expect(errors).not.toHaveBeenCalled();
});
