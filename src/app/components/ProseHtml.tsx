import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { pageField } from '../../shared/first-visit-data';
import { splitAtWidgets } from '../../shared/widgets/widget-placeholder';
import { ProseParts } from '../widgets/ProseParts';

interface Props {
  /** HTML compiled by the build from our own content (never user input). */
  html: string;
  className?: string;
  as?: 'div' | 'span';
  /** The page data field `html` is (e.g. `summaryHtml`): marked, so the first visit reads it from the prerendered page. */
  field?: string;
}

/**
 * Renders compiled content HTML. Internal links inside it navigate client-side.
 * HTML INJECTION POINT: `html` must come from the build's content pipeline, which refuses raw
 * HTML in Markdown and renders math with KaTeX's `trust: false`.
 */
export function ProseHtml({ html, className = 'prose', as: Tag = 'div', field }: Props) {
  const navigate = useNavigate();

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const anchor = (event.target as Element).closest('a');
    if (!anchor || !isClientNavigable(anchor, event)) return;
    event.preventDefault();
    const url = new URL(anchor.href);
    void navigate(url.pathname.slice(basePath.length) + url.hash);
  };

  const parts = Tag === 'div' ? splitAtWidgets(html) : [];
  if (parts.some((part) => typeof part !== 'string')) {
    return (
      <Tag className={className} onClick={onClick}>
        <ProseParts parts={parts} field={field} />
      </Tag>
    );
  }
  return (
    <Tag className={className} onClick={onClick} {...pageField(field)} dangerouslySetInnerHTML={{ __html: html }} />
  );
}

const basePath = import.meta.env.BASE_URL.replace(/\/$/, '');

function isClientNavigable(anchor: HTMLAnchorElement, event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (anchor.target && anchor.target !== '_self') return false;
  if (anchor.hasAttribute('download')) return false;
  const url = new URL(anchor.href, window.location.href);
  return url.origin === window.location.origin && url.pathname.startsWith(`${basePath}/`);
}
