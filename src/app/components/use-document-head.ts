import { useEffect } from 'react';
import { documentTitle } from '../../shared/document-head';
import { siteTitle } from '../site';

/**
 * Keeps `<title>` and the meta description in step with client-side navigation. The prerendered
 * HTML already carries both, so this only matters after the first page.
 */
export function useDocumentHead(pageTitle: string | undefined, description: string): void {
  useEffect(() => {
    document.title = documentTitle(pageTitle, siteTitle);
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [pageTitle, description]);
}
