import { describe, expect, it } from 'vitest';
import { extractFormulaTerms } from '../../../../src/build/search/formula-terms';
import { texToText } from '../../../../src/build/search/tex-to-text';

describe('texToText: formulas as readable snippet text', () => {
  it.each([
    [String.raw`\mathrm{softmax}(QK^\top / \sqrt{d_k})\,V`, 'softmax(QKᵀ / √d_k) V'],
    [String.raw`D_{\mathrm{KL}}(q_\phi(z \mid x) \,\|\, p(z))`, 'D_KL(q_ϕ(z | x) ‖ p(z))'],
    [String.raw`\frac{q \cdot k}{\sqrt{d_k}}`, '(q · k)/√d_k'],
    [String.raw`x^2 + y^{-1}`, 'x² + y⁻¹'],
    [String.raw`c_t = f_t \odot c_{t-1}`, 'c_t = f_t ⊙ c_(t-1)'],
    [String.raw`\begin{aligned} a &= b \\ c &= d \end{aligned}`, 'a = b c = d'],
    [String.raw`\arg\max_\theta \log p_\theta(x)`, 'arg max_θ log p_θ(x)'],
    [String.raw`\mathbb{E}[\log p] \in \mathbb{R}, \mathbb{N}`, '𝔼[log p] ∈ ℝ, ℕ'],
    [String.raw`\frac{1}{`, '1/'],
    // the site's macros are expanded, the page's equation numbers dropped
    [String.raw`\KL(q \| p) = \E_q[\log q] \tag{3}`, 'D_KL(q ‖ p) = 𝔼_q[log q]'],
    [String.raw`\softmax(x) \label{eq:x}`, 'softmax(x)'],
    [String.raw`K = \begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}, V`, 'K = (…), V'],
  ])('%s → %s', (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });
});

describe('extractFormulaTerms: what a formula can be found by', () => {
  it.each([
    [String.raw`\mathrm{softmax}(QK^\top/\sqrt{d_k})\,V`, ['softmax', 'qk', 'transpos', 'sqrt', 'dk']],
    [String.raw`\sqrt{d_{\text{model}}}`, ['sqrt', 'dmodel', 'model']],
    [String.raw`D_{\mathrm{KL}}(q \,\|\, p)`, ['dkl', 'kl']],
    [String.raw`z = \mu + \sigma \odot \epsilon`, ['mu', 'sigma', 'odot', 'epsilon']],
    [String.raw`W^Q, W^{K}, x^2`, ['wq', 'wk']],
    [String.raw`\mathbb{E}_{q}[\log p] - \mathbb{R}`, ['expectation', 'log']],
    [String.raw`\begin{pmatrix} 1 \\ 2 \end{pmatrix}`, []],
    [String.raw`\operatorname*{arg\,max}`, ['arg', 'max']],
    [String.raw`x + y`, []],
    [String.raw`\softmax(x) \tag{2}`, ['softmax']],
    [String.raw`\KL(q \| p)`, ['dkl', 'kl']],
  ])('%s', (tex, terms) => {
    expect(extractFormulaTerms(tex)).toEqual(terms);
  });
});
