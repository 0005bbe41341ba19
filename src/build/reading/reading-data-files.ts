import { glossaryPath, notationPath, previewDataUrl, readingPageDataUrl } from '../../shared/reading-routes';
import type { ReadingSiteData } from './compile-reading-data';

/** The reading data files: `data/glossary.json`, `data/notation.json`, `data/previews/<kind>s/<slug>.json`. */
export function readingDataFiles(reading: ReadingSiteData | undefined): [string, string][] {
  if (!reading) return [];
  const files: [string, string][] = [
    [readingPageDataUrl(glossaryPath)!, JSON.stringify(reading.glossary)],
    [readingPageDataUrl(notationPath)!, JSON.stringify(reading.notation)],
  ];
  for (const [route, preview] of reading.previews) {
    const url = previewDataUrl(route);
    if (url) files.push([url, JSON.stringify(preview)]);
  }
  return files;
}
