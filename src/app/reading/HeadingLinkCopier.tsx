import { useEffect, useState } from 'react';

/** How long "Link copied" stays on screen. */
const messageMilliseconds = 2500;

/**
 * Copies a heading's URL when its "#" link (`.heading-anchor`, added by the build) is clicked;
 * the link still jumps to the heading. Says so in a status message that screen readers announce.
 */
export function HeadingLinkCopier() {
  const [message, setMessage] = useState('');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a.heading-anchor') : null;
      // Absent outside secure contexts (plain http on another host): the link then only jumps.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!(anchor instanceof HTMLAnchorElement) || !clipboard) return;
      const heading = anchor.parentElement?.textContent.trim() ?? 'this section';
      clipboard.writeText(anchor.href).then(
        () => {
          setMessage(`Link to “${heading}” copied`);
          clearTimeout(timer);
          timer = setTimeout(() => {
            setMessage('');
          }, messageMilliseconds);
        },
        () => undefined, // Clipboard refused (permissions): the link still works as a link.
      );
    };
    document.addEventListener('click', onClick);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('click', onClick);
    };
  }, []);

  return (
    <p className="copy-status" role="status">
      {message}
    </p>
  );
}
