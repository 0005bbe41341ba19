import { Component, Suspense, use, type ReactNode } from 'react';
import type { WidgetPlaceholder } from '../../shared/widgets/widget-placeholder';
import { isKnownWidget, widgetModuleCache } from './widget-loader';

/** One widget of a page, loaded on demand; a failure shows a note instead of breaking the page. */
export function WidgetSlot({ name, props }: WidgetPlaceholder) {
  if (!isKnownWidget(name)) return <WidgetUnavailable />;
  return (
    <WidgetErrorBoundary>
      <Suspense fallback={<p className="widget-loading">Loading the explorable…</p>}>
        <LoadedWidget name={name} props={props} />
      </Suspense>
    </WidgetErrorBoundary>
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
