import fs from 'node:fs/promises';
import path from 'node:path';

/** A deterministic pseudo-random generator (mulberry32), so that a seed always gives the same corpus. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words =
  'gradient latent encoder decoder attention softmax kernel stride padding pooling recurrent hidden state gate forget input output embedding position sequence token vector matrix variance bias weight loss likelihood posterior prior divergence sample noise network layer activation convolution feature map channel batch norm residual training optimiser learning rate step update model data distribution estimate bound objective reconstruction generator discriminator mode collapse'.split(
    ' ',
  );
const inlineFormulas = [
  'x_t',
  '\\sigma(z)',
  'h_{t-1}',
  'W_f x_t + b_f',
  '\\sqrt{d_k}',
  'q_\\phi(z \\mid x)',
  '\\mathbb{E}[x]',
  '\\beta',
];
const displayFormulas = [
  '\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right) V',
  'D_{\\mathrm{KL}}(q \\,\\|\\, p) = \\sum_i q_i \\log \\frac{q_i}{p_i}',
  'o = \\left\\lfloor \\frac{n + 2p - k}{s} \\right\\rfloor + 1',
  'c_t = f_t \\odot c_{t-1} + i_t \\odot \\tilde{c}_t',
  '\\log p_\\theta(x) \\ge \\mathbb{E}_{q_\\phi(z \\mid x)}[\\log p_\\theta(x \\mid z)] - D_{\\mathrm{KL}}(q_\\phi \\,\\|\\, p)',
];

export interface CorpusOptions {
  dir: string;
  seed: number;
  /** 'large': pages of ~2,900 words; 'small': question-sized pages of ~400 words. */
  size: 'large' | 'small';
  pages: number;
}

/**
 * Writes a valid content folder: topics of 50 questions each, and questions with prose, inline and
 * display formulas, links to 3 other pages, follow-ups (and, for large pages, a table and a code block).
 */
export async function generateCorpus({ dir, seed, size, pages }: CorpusOptions): Promise<void> {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const sentence = (length: number) => {
    const text = Array.from({ length }, () => pick(words)).join(' ');
    return text[0]!.toUpperCase() + text.slice(1) + '.';
  };
  const paragraph = (wordCount: number, formulas: number) => {
    const parts: string[] = [];
    let written = 0;
    while (written < wordCount) {
      const length = 8 + Math.floor(random() * 12);
      parts.push(sentence(length));
      written += length;
      if (formulas > 0 && random() < 0.3) {
        parts.push(`The term $${pick(inlineFormulas)}$ matters here.`);
        formulas--;
      }
    }
    return parts.join(' ');
  };

  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(path.join(dir, 'topics'), { recursive: true });
  await fs.mkdir(path.join(dir, 'questions'), { recursive: true });
  const topicCount = Math.ceil(pages / 50);
  for (let t = 1; t <= topicCount; t++) {
    const body = `${paragraph(300, 2)}\n\n## Overview\n\n${paragraph(300, 2)}\n\n$$\n${pick(displayFormulas)}\n$$\n`;
    await fs.writeFile(
      path.join(dir, 'topics', `topic-${t}.md`),
      `---\ntitle: Topic ${t}\nsummary: Generated topic number ${t}.\norder: ${t}\n---\n\n${body}`,
    );
  }
  const large = size === 'large';
  for (let q = 1; q <= pages; q++) {
    const links = [1, 2, 3].map(
      () =>
        `[question ${(q + Math.floor(random() * pages)) % pages || pages}](question-${(q + Math.floor(random() * pages)) % pages || pages}.md)`,
    );
    const followUps = q < pages ? `followUps: [question-${q + 1}]\n` : '';
    const sections = large ? 6 : 1;
    const body: string[] = [];
    for (let s = 1; s <= sections; s++) {
      body.push(`## Section ${s}`, paragraph(large ? 460 : 360, large ? 2 : 2));
      if (s <= (large ? 4 : 1)) body.push(`$$\n${pick(displayFormulas)}\n$$`);
    }
    body.push(`See ${links.join(', ')}.`);
    if (large) {
      body.push('| symbol | meaning |\n|---|---|\n| $x$ | input |\n| $z$ | latent |');
      body.push('```python\nloss = reconstruction + beta * kl\nloss.backward()\n```');
    }
    await fs.writeFile(
      path.join(dir, 'questions', `question-${q}.md`),
      `---\ntitle: What is generated question ${q}?\nsummary: A generated short answer with $x_{${q}}$.\ntopic: topic-${Math.ceil(q / 50)}\norder: ${((q - 1) % 50) + 1}\n${followUps}---\n\n${body.join('\n\n')}\n`,
    );
  }
}
