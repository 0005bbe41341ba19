import { Component, Suspense, use, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { WidgetPlaceholder } from '../../shared/widgets/widget-placeholder';
import { prerenderedSlotHtml, widgetSlotAttribute } from './prerendered-slot-html';
import { whenNearScreen } from './when-near-screen';
import { isKnownWidget, widgetModuleCache } from './widget-loader';

/**
 * One widget of a page, loaded on demand; a failure shows a note instead of breaking the page.
 *
 * On a prerendered page the widget's HTML is already there (its controls disabled), usually far
 * below the first screen: the slot keeps that HTML as it is, and loads and starts the widget only
 * when it comes within a screen of view. A reader who never scrolls there never downloads its code.
 */
export function WidgetSlot({ name, props }: WidgetPlaceholder) {
  const id = useId();
  const slot = useRef<HTMLDivElement>(null);
  // Read during hydration only: the DOM then still holds the prerendered widget.
  const [prerendered] = useState(() => prerenderedSlotHtml(id));
  const [started, setStarted] = useState(prerendered === undefined || !isKnownWidget(name));

  useEffect(() => {
    if (started || !slot.current) return;
    return whenNearScreen(slot.current, () => {
      // A failed load starts it too: its error boundary says so.
      void widgetModuleCache
        .get(name)
        .catch(() => undefined)
        .then(() => {
          setStarted(true);
        });
    });
  }, [started, name]);

  const slotProps = { ref: slot, className: 'widget-slot', [widgetSlotAttribute]: id };
  // HTML INJECTION POINT: the page's own prerendered HTML, read back from the DOM and left untouched.
  if (!started) return <div {...slotProps} dangerouslySetInnerHTML={{ __html: prerendered ?? '' }} />;
  return (
    <div {...slotProps}>
      {isKnownWidget(name) ? (
        <WidgetErrorBoundary>
          <Suspense fallback={<p className="widget-loading">Loading the explorable…</p>}>
            <LoadedWidget name={name} props={props} />
          </Suspense>
        </WidgetErrorBoundary>
      ) : (
        <WidgetUnavailable />
      )}
    </div>
  );
}

function LoadedWidget({ name, props }: WidgetPlaceholder) {
  const Widget = use(widgetModuleCache.get(name));
  // `Widget` is a module's default export, cached per name: the same component on every render.
  // eslint-disable-next-line react-hooks/static-components
  return <Widget {...props} />;
}

function WidgetUnavailable() {
  return (
    <p className="widget-loading" role="note">
      This explorable could not be loaded. Reload the page to try again.
    </p>
  );
}

class WidgetErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <WidgetUnavailable /> : this.props.children;
  }
}
