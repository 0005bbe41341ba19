import { z } from 'zod';

/** One entry of `content/glossary.yaml`. */
export const glossaryEntrySchema = z.strictObject({
  /** The term as it is usually written: "ELBO", "Reparametrization trick". */
  term: z.string().min(1),
  /** Other names, acronyms and spellings, matched like the term (search, glossary marks). */
  aliases: z.array(z.string().min(1)).default([]),
  /** One sentence of inline Markdown (math allowed) saying what the term means. */
  definition: z.string().min(1).max(300),
  /** Where the term is explained: a content file relative to `content/`, optionally with `#heading`. */
  page: z.string().regex(/^(topics|questions)\/[a-z0-9-]+\.md(#[\w-]+)?$/, 'a path such as questions/elbo.md#heading'),
});

/** `content/glossary.yaml`: a list of entries. */
export const glossarySchema = z.array(glossaryEntrySchema);

export type GlossaryEntryFields = z.infer<typeof glossaryEntrySchema>;
