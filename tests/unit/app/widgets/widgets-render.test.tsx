// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { ProseHtml } from '../../../../src/app/components/ProseHtml';
import { preloadWidgets, widgetModuleCache } from '../../../../src/app/widgets/widget-loader';
import { defaultProps } from '../../../../src/shared/widgets/prop-spec';
import { placeholderProperties } from '../../../../src/shared/widgets/widget-placeholder';
import { widgetNames, widgetRegistry, type WidgetName } from '../../../../src/shared/widgets/widget-registry';

afterEach(cleanup);

/** The placeholder the build emits, as rehype-stringify writes it (quotes as character references). */
function placeholder(name: string, props: Record<string, unknown>): string {
  const { dataProps } = placeholderProperties(name, props);
  return `<div data-widget="${name}" data-props="${dataProps.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;')}"></div>`;
}

const withDefaults = (name: WidgetName, props: Record<string, unknown> = {}) =>
  placeholder(name, { ...defaultProps(widgetRegistry[name].props), ...props });

async function renderProse(html: string) {
  await preloadWidgets(html);
  return render(
    <MemoryRouter>
      <ProseHtml html={html} />
    </MemoryRouter>,
  );
}

describe('prerendering a widget', () => {
  it.each(widgetNames)(
    '%s renders its initial state with a picture and numbers, controls disabled until hydrated',
    async (name) => {
      const Widget = await widgetModuleCache.get(name);
      const html = renderToString(
        <MemoryRouter>
          <Widget {...defaultProps(widgetRegistry[name].props)} />
        </MemoryRouter>,
      );
      expect(html).toMatch(/\d/);
      if (name !== 'drill') expect(html).toContain('<svg');
      expect(html).toMatch(/<(input|button)[^>]* disabled=""/);
      expect(html).not.toMatch(/NaN|undefined|Infinity/);
    },
  );
});

describe('a page with widgets', () => {
  it('keeps the prose around each widget and shows the widget where it was placed', async () => {
    await renderProse(`<p>Before.</p>${withDefaults('conv-geometry')}<p>After.</p>`);
    const slot = screen.getByRole('figure', { name: /Convolution geometry/ }).parentElement!;
    expect(slot.previousElementSibling).toHaveTextContent('Before.');
    expect(slot.nextElementSibling).toHaveTextContent('After.');
  });

  it('convolution geometry: 7/3/0/2 gives 3, and changing a control changes the numbers', async () => {
    await renderProse(withDefaults('conv-geometry', { input: 7, kernel: 3, padding: 0, stride: 2 }));
    expect(screen.getByText('Output size: 3')).toBeInTheDocument();
    expect(screen.getByText(/⌊\(7 \+ 2·0 − 1·\(3 − 1\) − 1\) \/ 2⌋ \+ 1/)).toBeInTheDocument();
    const stride = screen.getByLabelText('Stride');
    await userEvent.clear(stride);
    await userEvent.type(stride, '1');
    expect(screen.getByText('Output size: 5')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Same (p = 1)' }));
    expect(screen.getByText('Output size: 7')).toBeInTheDocument();
    expect(screen.getByLabelText('Padding')).toHaveValue(1);
  });

  it('convolution geometry: an out-of-range value is flagged and ignored, never applied', async () => {
    await renderProse(withDefaults('conv-geometry'));
    const kernel = screen.getByLabelText('Kernel size');
    await userEvent.clear(kernel);
    await userEvent.type(kernel, '0');
    expect(kernel).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('a whole number from 1 to 11')).toBeInTheDocument();
    expect(screen.getByText('Output size: 5')).toBeInTheDocument();
    await userEvent.tab();
    expect(kernel).toHaveValue(3);
    expect(kernel).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('KL divergence: shows both directions, which differ when the spreads do', async () => {
    await renderProse(withDefaults('kl-gaussians', { muP: 1, sigmaP: 1, muQ: 0, sigmaQ: 1 }));
    expect(screen.getByText('KL(p‖q) = 0.500 nats')).toBeInTheDocument();
    expect(screen.getByText('KL(q‖p) = 0.500 nats')).toBeInTheDocument();
  });

  it('pooling: min pooling after ReLU zeroes every output of the default map', async () => {
    await renderProse(withDefaults('pooling'));
    const table = screen.getByRole('table');
    const minRow = within(table).getByRole('row', { name: /^Min/ });
    expect(minRow).toHaveTextContent('0, 0 / 0, 0100%');
    await userEvent.click(screen.getByRole('radio', { name: 'Min' }));
    expect(screen.getByRole('img', { name: /min pooled map: 0, 0 \/ 0, 0/ })).toBeInTheDocument();
  });

  it('attention: turning the scaling off sharpens the weights', async () => {
    await renderProse(withDefaults('attention', { heads: 1, dk: 256 }));
    const readout = () => screen.getByText(/Largest weight/).textContent;
    const largest = () => Number(/Largest weight ([\d.]+)/.exec(readout())![1]);
    const scaled = largest();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Divide the scores by √d_k' }));
    expect(largest()).toBeGreaterThan(scaled);
    expect(largest()).toBeGreaterThan(0.9);
  });

  it('a drill says right or wrong and opens the worked solution', async () => {
    await renderProse(withDefaults('drill', { kind: 'rnn-parameters', seed: 3 }));
    const prompt = screen.getByText(/How many parameters/).textContent;
    const [n, h] = [...prompt.matchAll(/= (\d+)/g)].map((match) => Number(match[1]));
    const gate = h! * (n! + h!) + h!;
    const expected = /an LSTM layer minus/.test(prompt) ? gate : /an LSTM layer/.test(prompt) ? 4 * gate : 3 * gate;

    await userEvent.type(screen.getByLabelText('Your answer'), String(expected + 1));
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      `Not quite: the answer is ${expected.toLocaleString('en-US')}.`,
    );
    expect(screen.getByText('Worked solution').closest('details')).toHaveAttribute('open');

    await userEvent.clear(screen.getByLabelText('Your answer'));
    await userEvent.type(screen.getByLabelText('Your answer'), String(expected));
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent(`Right: ${expected.toLocaleString('en-US')}.`);
    expect(screen.getByRole('link', { name: 'Link to this problem' })).toHaveAttribute(
      'href',
      '/practice?drill=rnn-parameters&seed=3#drill-rnn-parameters',
    );
  });

  it('an unreadable answer asks again without revealing the solution', async () => {
    await renderProse(withDefaults('drill', { kind: 'conv-output-size', seed: 5 }));
    await userEvent.type(screen.getByLabelText('Your answer'), 'seven');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent('Enter a whole number');
    expect(screen.getByText('Worked solution').closest('details')).not.toHaveAttribute('open');
  });

  it('an unknown widget (a build newer than the app) shows a note instead of breaking the page', async () => {
    await renderProse(`<p>Text.</p>${placeholder('no-such-widget', {})}`);
    expect(screen.getByText('Text.')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('This explorable could not be loaded');
  });
});
