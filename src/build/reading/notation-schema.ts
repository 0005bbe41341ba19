import { z } from 'zod';

/** One entry of `content/notation.yaml`: a symbol of the site's notation. */
export const notationEntrySchema = z.strictObject({
  /** The symbol as written in formulas (TeX, may use the site's macros): `\KL(q \,\|\, p)`. */
  tex: z.string().min(1),
  /** The site macro (from `src/shared/katex-macros.ts`) this entry documents: `\KL`. */
  macro: z
    .string()
    .regex(/^\\[A-Za-z]+$/, 'a backslash and letters, such as \\KL')
    .optional(),
  /** One sentence of inline Markdown (math allowed) saying what the symbol means. */
  meaning: z.string().min(1).max(300),
  /** Where the symbol is first used, relative to `content/` (`questions/elbo.md`); found automatically for macros. */
  page: z
    .string()
    .regex(/^(topics|questions)\/[a-z0-9-]+\.md(#[\w-]+)?$/, 'a path such as questions/elbo.md')
    .optional(),
});

/** `content/notation.yaml`: a list of entries, in the order the notation page shows them. */
export const notationSchema = z.array(notationEntrySchema);

export type NotationEntryFields = z.infer<typeof notationEntrySchema>;
