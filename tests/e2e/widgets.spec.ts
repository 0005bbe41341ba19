import { formatAnswer } from '../../src/app/practice/check-answer';
import { drills } from '../../src/app/practice/drill-registry';
import { expect, gotoHydrated, test } from './fixtures';

const widgetChunk =
  /\/assets\/(ConvGeometry|Pooling|KlGaussians|Reparametrization|PositionalEncoding|Attention|VanishingGradients|LogisticTraining|AutoencoderPca|DrillWidget)-[\w-]+\.js$/;

test.describe('explorables', () => {
  test('convolution geometry: changing a control changes the output size and the formula', async ({ page }) => {
    await page.goto('/topics/convolutional-neural-networks');
    const widget = page.getByRole('figure', { name: /Convolution geometry/ });
    await expect(widget.getByText('Output size: 3', { exact: true })).toBeVisible();
    // A widget starts when the reader scrolls near it.
    await widget.scrollIntoViewIfNeeded();
    await widget.getByLabel('Stride').fill('1');
    await expect(widget.getByText('Output size: 5', { exact: true })).toBeVisible();
    await widget.getByLabel('Input size').fill('9');
    await widget.getByLabel('Padding').fill('1');
    await widget.getByLabel('Dilation').fill('2');
    await expect(widget.getByText('Output size: 7', { exact: true })).toBeVisible();
    await expect(widget.getByText(/⌊\(9 \+ 2·1 − 2·\(3 − 1\) − 1\) \/ 1⌋ \+ 1/)).toBeVisible();
    await widget.getByLabel('Kernel size').fill('3');
    await expect(widget.getByRole('img', { name: /Padded input, 11 by 11/ })).toBeVisible();
  });

  test('sliders move with the keyboard and the numbers follow', async ({ page }) => {
    await page.goto('/questions/kl-divergence-in-vaes');
    const widget = page.getByRole('figure', { name: /KL divergence of two Gaussians/ });
    await expect(widget.getByText('KL(p‖q) = 0.807 nats')).toBeVisible();
    await widget.scrollIntoViewIfNeeded();
    const slider = widget.getByRole('slider', { name: /σ of q/ });
    await expect(slider).toBeEnabled();
    await slider.focus();
    for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
    await expect(widget.getByText('KL(p‖q) = 0.000 nats')).toBeVisible();
    await expect(widget.getByText('KL(q‖p) = 0.000 nats')).toBeVisible();
  });

  test('attention: switching the scaling off sharpens the weights', async ({ page }) => {
    await page.goto('/questions/why-scale-by-sqrt-dk');
    const widget = page.getByRole('figure', { name: /Scaled dot-product attention/ });
    await widget.scrollIntoViewIfNeeded();
    const largest = async () =>
      Number(/Largest weight ([\d.]+)/.exec((await widget.getByText(/Largest weight/).textContent()) ?? '')![1]);
    const before = await largest();
    await widget.getByRole('checkbox', { name: 'Divide the scores by √d_k' }).uncheck();
    await expect.poll(largest).toBeGreaterThan(before);
  });

  test('every widget fits a 360 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const path of [
      '/topics/convolutional-neural-networks',
      '/topics/transformers',
      '/topics/linear-models-and-logistic-regression',
    ]) {
      await page.goto(path);
      for (const widget of await page.locator('.widget').all()) {
        const box = (await widget.boundingBox())!;
        expect(box.x + box.width, path).toBeLessThanOrEqual(360);
      }
    }
  });
});

// These count the widget chunks the page requests: with a service worker serving them from its cache,
// some would not be seen as requests.
test.describe('loading a widget', () => {
  test.use({ serviceWorkers: 'block' });

  test("a widget's code loads only on pages that place it, and after client-side navigation", async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (widgetChunk.test(request.url())) loaded.push(new URL(request.url()).pathname);
    });
    await gotoHydrated(page, '/questions/what-are-autoencoders');
    expect(loaded).toEqual([]);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Autoencoders' }).click();
    const widget = page.getByRole('figure', { name: /Autoencoder vs PCA/ });
    await expect(widget.getByText(/PCA line \(linear 1-D code\): flags \d+ points/)).toBeVisible();
    expect(loaded).toEqual([expect.stringMatching(/AutoencoderPca/)]);
  });

  test("a widget's code loads when the reader scrolls near it, not before", async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (widgetChunk.test(request.url())) loaded.push(new URL(request.url()).pathname);
    });
    await page.goto('/questions/cnn-stride', { waitUntil: 'networkidle' });
    const widget = page.getByRole('figure', { name: /Convolution geometry/ });
    const stride = widget.getByLabel('Stride');
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible(); // the app has started
    expect(loaded).toEqual([]);
    await expect(stride).toBeDisabled();

    await widget.scrollIntoViewIfNeeded();
    await expect(stride).toBeEnabled();
    // With the drill placed just below it, within the screen's height of margin.
    expect(loaded).toContainEqual(expect.stringMatching(/ConvGeometry/));
    await stride.fill('1');
    await expect(widget.getByText('Output size: 5', { exact: true })).toBeVisible();
  });
});

test.describe('practice drills', () => {
  test('answer a drill wrong, then right, on a question page', async ({ page }) => {
    await page.goto('/questions/gru-vs-lstm');
    const drill = page.getByRole('region', { name: /LSTM and GRU parameter counts/ });
    const problem = drills['rnn-parameters'].generate(1);
    await expect(drill).toContainText(problem.prompt);
    await drill.scrollIntoViewIfNeeded();
    const answer = drill.getByLabel('Your answer');
    expect(problem.answer.kind).toBe('integer');
    await answer.fill(String(Number(problem.answer.value) + 1));
    await drill.getByRole('button', { name: 'Check' }).click();
    await expect(drill.getByRole('status')).toHaveText(
      `Not quite: the answer is ${formatAnswer(problem.answer)}. The worked solution shows how.`,
    );
    await expect(drill.getByText(problem.solution[0]!)).toBeVisible();
    await answer.fill(formatAnswer(problem.answer));
    await drill.getByRole('button', { name: 'Check' }).click();
    await expect(drill.getByRole('status')).toHaveText(`Right: ${formatAnswer(problem.answer)}.`);
  });

  test('a problem link reproduces the problem on the practice page', async ({ page }) => {
    await page.goto('/practice?drill=attention-shapes&seed=4242#drill-attention-shapes');
    const drill = page.getByRole('region', { name: /Shapes in multi-head attention/ });
    const problem = drills['attention-shapes'].generate(4242);
    await expect(drill.getByText('Problem #4242.')).toBeVisible();
    await expect(drill).toContainText(problem.prompt);
    await drill.getByLabel('Your answer').fill(formatAnswer(problem.answer));
    await drill.getByRole('button', { name: 'Check' }).click();
    await expect(drill.getByRole('status')).toHaveText(/^Right/);
    await drill.getByRole('button', { name: 'New problem' }).click();
    await expect(drill.getByText('Problem #4242.')).toBeHidden();
    await expect(drill.getByRole('status')).toHaveText('');
  });

  test('the home page links to the practice page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'practice page' }).click();
    await expect(page).toHaveURL('/practice');
    await expect(page.getByRole('heading', { level: 1, name: 'Practice' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(4);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a widget shows its initial numbers and picture, styled, with its controls disabled', async ({ page }) => {
    await page.goto('/topics/convolutional-neural-networks');
    const widget = page.getByRole('figure', { name: /Convolution geometry/ });
    await expect(widget.getByText('Output size: 3', { exact: true })).toBeVisible();
    await expect(widget.getByRole('img', { name: /Padded input, 7 by 7/ })).toBeVisible();
    await expect(widget.getByLabel('Stride')).toBeDisabled();
    await expect(widget).toHaveCSS('border-top-style', 'solid');
  });

  test('a drill shows its problem and its worked solution on request', async ({ page }) => {
    await page.goto('/practice');
    const drill = page.getByRole('region', { name: /Convolution output size/ });
    const problem = drills['conv-output-size'].generate(1);
    await expect(drill).toContainText(problem.prompt);
    await drill.getByText('Worked solution').click();
    await expect(drill.getByText(problem.solution.at(-1)!)).toBeVisible();
  });
});
