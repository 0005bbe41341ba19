// The script a prerendered page loads: it starts the app only once the browser has painted the page,
// so the app's code (React alone is ~80 KB) never competes with the HTML, CSS and fonts of the first paint.
// The page reads correctly without it; the app adds search, study state and the explorables.
// The build writes the app's entry and the modules it imports into this script's tag (see
// src/build/vite-plugin-load-after-paint.ts); fetching those in parallel saves a round trip per import level.
const tag = document.querySelector<HTMLScriptElement>('script[data-app-entry]');

function start() {
  const entry = tag?.dataset.appEntry;
  if (!entry) return;
  for (const href of tag.dataset.appImports?.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  // Once the entry has run, hydration has started, and React itself replays what is pressed.
  void import(/* @vite-ignore */ entry).then(() => {
    removeEventListener('click', rememberPress, true);
  });
}

// A button pressed before the app has started would do nothing (the buttons are prerendered): the last
// one pressed is pressed again once the app has hydrated the page (AnnouncePageLive says when).
let pressedEarly: HTMLButtonElement | null | undefined;
const rememberPress = (event: Event) => {
  const button = (event.target as Partial<Element>).closest?.('button');
  // Submit buttons work without the app: their form is sent.
  if (button?.type === 'button') pressedEarly = button;
};
addEventListener('click', rememberPress, true);
addEventListener('app:hydrated', () => {
  if (pressedEarly?.isConnected && !pressedEarly.disabled) pressedEarly.click();
  pressedEarly = undefined;
});

// A hidden tab paints nothing (and runs no animation frames) until it is shown: start at once.
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start, 0));
