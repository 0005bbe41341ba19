/**
 * The element the build leaves in a page's HTML where a widget goes, and the parser the app
 * uses to find them again. `<div data-widget="name" data-props="{json}"></div>`, always at the
 * top level of the body, so the HTML between two placeholders is a balanced fragment.
 */

/** A widget found in compiled HTML: its name and its props as the build validated them. */
export interface WidgetPlaceholder {
  name: string;
  props: Record<string, unknown>;
}

export type HtmlPart = string | WidgetPlaceholder;

/** The hast properties of a placeholder (`dataWidget` becomes `data-widget`). */
export function placeholderProperties(name: string, props: Record<string, unknown>) {
  return { dataWidget: name, dataProps: JSON.stringify(props) };
}

const placeholderPattern = /<div data-widget="([a-z0-9-]+)" data-props="([^"]*)"><\/div>/g;

/**
 * Splits compiled HTML into HTML fragments and widget placeholders, in order. A placeholder whose
 * props cannot be read is kept with empty props (the widget then shows its defaults).
 */
export function splitAtWidgets(html: string): HtmlPart[] {
  const parts: HtmlPart[] = [];
  let last = 0;
  for (const match of html.matchAll(placeholderPattern)) {
    if (match.index > last) parts.push(html.slice(last, match.index));
    parts.push({ name: match[1]!, props: parseProps(match[2]!) });
    last = match.index + match[0].length;
  }
  if (last < html.length || parts.length === 0) parts.push(html.slice(last));
  return parts;
}

/** The placeholder elements of compiled HTML, as written, in order. */
export function placeholdersOf(html: string): string[] {
  return [...html.matchAll(placeholderPattern)].map((match) => match[0]);
}

/** The names of the widgets used in compiled HTML, each once. */
export function widgetNamesIn(html: string): string[] {
  return [...new Set([...html.matchAll(placeholderPattern)].map((match) => match[1]!))];
}

function parseProps(attribute: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(decodeAttribute(attribute));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const namedReferences: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

/** Undoes the character references an HTML serializer puts in a double-quoted attribute. */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return namedReferences[body.toLowerCase()] ?? reference;
  });
}
