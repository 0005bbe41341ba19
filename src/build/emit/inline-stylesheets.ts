import fs from 'node:fs/promises';
import path from 'node:path';

const stylesheetLink = /<link rel="stylesheet" crossorigin href="([^"]+\.css)">/g;

/**
 * The page template with its stylesheet links replaced by the stylesheets themselves, so the first
 * paint waits for no request but the HTML's. Their `url()`s are absolute (`/assets/...`), so they
 * resolve the same from every page.
 */
export async function inlineStylesheets(template: string, distDir: string, base: string): Promise<string> {
  const styles = new Map<string, string>();
  for (const [, href] of template.matchAll(stylesheetLink)) {
    const file = path.join(distDir, href!.slice(base.length));
    // `</style` cannot occur in CSS the build wrote, but a stray one must not end the element early.
    styles.set(href!, (await fs.readFile(file, 'utf8')).replace(/<\/style/gi, '<\\/style'));
  }
  return template.replace(stylesheetLink, (_, href: string) => `<style>${styles.get(href)!}</style>`);
}
