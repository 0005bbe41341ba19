/**
 * The site's KaTeX macros, available in every formula (pages, short answers, glossary, search).
 * Each one is documented, with its meaning and first use, in `content/notation.yaml`; the build
 * refuses a macro without an entry there. `#1` is the first argument.
 */
export const katexMacros: Readonly<Record<string, string>> = Object.freeze({
  '\\KL': 'D_{\\mathrm{KL}}',
  '\\E': '\\mathbb{E}',
  '\\ELBO': '\\mathrm{ELBO}',
  '\\Normal': '\\mathcal{N}',
  '\\softmax': '\\operatorname{softmax}',
  '\\dmodel': 'd_{\\text{model}}',
  '\\diag': '\\operatorname{diag}',
  '\\JSD': '\\mathrm{JSD}',
});
