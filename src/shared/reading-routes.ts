/** URL paths of the reading pages and of the data files the build emits for them. */
export const glossaryPath = '/glossary';
export const notationPath = '/notation';

const readingDataUrls: Record<string, string> = {
  [glossaryPath]: '/data/glossary.json',
  [notationPath]: '/data/notation.json',
};

/** The data file of `/glossary` or `/notation`, or undefined for any other path. */
export function readingPageDataUrl(pathname: string): string | undefined {
  return readingDataUrls[pathname];
}

/** The preview file of a content page path (`/questions/elbo` → `/data/previews/questions/elbo.json`). */
export function previewDataUrl(pathname: string): string | undefined {
  const match = /^\/(topics|questions)\/([a-z0-9-]+)$/.exec(pathname);
  return match ? `/data/previews/${match[1]}/${match[2]}.json` : undefined;
}

/** The glossary term id of a term: lowercase words joined by hyphens ("KL divergence" → "kl-divergence"). */
export function toTermId(term: string): string {
  return (
    term
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'term'
  );
}
