import path from 'node:path';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { suggestClosest } from '../suggest';

/** An internal link found in a page, kept so its `#heading` can be checked once every page is compiled. */
export interface InternalLink {
  /** Absolute path of the linked Markdown file. */
  targetFile: string;
  /** Heading id after `#`, if any. */
  hash?: string;
  line: number;
  column: number;
  url: string;
}

export interface ResolveLinksOptions {
  /** The route of a content file, or undefined when no page has that file. */
  routeOf: (absoluteFile: string) => string | undefined;
  /** Every content file, for "did you mean" hints. */
  knownFiles: () => readonly string[];
}

const externalUrl = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Turns relative links to `.md` files into site routes (`../questions/elbo.md#x` → `/questions/elbo#x`)
 * and records them in `file.data.internalLinks`. A link to a missing file is reported on the file.
 */
export function remarkResolveLinks(options: ResolveLinksOptions) {
  return (tree: Root, file: VFile) => {
    const links: InternalLink[] = [];
    file.data.internalLinks = links;
    visit(tree, 'link', (node: Link) => {
      if (externalUrl.test(node.url) || node.url.startsWith('#')) return;
      const [pathPart = '', hash] = node.url.split('#', 2);
      const position = node.position?.start ?? { line: 1, column: 1 };
      if (!pathPart.endsWith('.md')) {
        file.message(`link "${node.url}" is neither a page (.md file) nor an external URL`, {
          place: node.position,
          ruleId: 'link-target',
        });
        return;
      }
      const targetFile = path.resolve(path.dirname(file.path), decodeURIComponent(pathPart));
      const route = options.routeOf(targetFile);
      if (!route) {
        const names = options.knownFiles().map((known) => path.relative(path.dirname(file.path), known));
        file.message(`link to "${pathPart}" points to no page`, { place: node.position, ruleId: 'dead-link' }).note =
          suggestion(pathPart, names);
        return;
      }
      node.url = hash ? `${route}#${hash}` : route;
      links.push({ targetFile, hash: hash || undefined, url: pathPart, ...position });
    });
  };
}

function suggestion(pathPart: string, names: string[]): string {
  const byName = new Map(names.map((name) => [path.basename(name), name]));
  const best = suggestClosest(path.basename(pathPart), [...byName.keys()]);
  return best
    ? `did you mean "${byName.get(best)}"?`
    : 'link to an existing file in content/topics or content/questions, relative to this file';
}

declare module 'vfile' {
  interface DataMap {
    internalLinks: InternalLink[];
  }
}
