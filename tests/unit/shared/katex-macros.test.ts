import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { katexMacros } from '../../../src/shared/katex-macros';

describe('the site macros', () => {
  it.each(Object.keys(katexMacros))('%s does not replace a KaTeX command, and renders', (name) => {
    expect(() => katex.renderToString(name, { throwOnError: true })).toThrow(/Undefined control sequence/);
    expect(() =>
      katex.renderToString(name, { throwOnError: true, strict: 'error', macros: { ...katexMacros } }),
    ).not.toThrow();
  });
});
