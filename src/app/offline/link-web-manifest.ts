/**
 * Links the web app manifest (name, icons: what installing the site needs) once the page has loaded.
 * In the HTML, Chrome fetched it together with the stylesheet and the fonts of the first paint,
 * taking one of the six connections a browser opens to a host over HTTP/1.1. Installing needs the
 * app's service worker anyway, so a page without JavaScript loses nothing.
 */
export function linkWebManifest(doc: Document = document): void {
  if (doc.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = `${import.meta.env.BASE_URL}manifest.webmanifest`;
  doc.head.append(link);
}
