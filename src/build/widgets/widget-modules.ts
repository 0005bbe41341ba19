import { widgetNamesIn } from '../../shared/widgets/widget-placeholder';
import type { WidgetName } from '../../shared/widgets/widget-registry';

/** The source module of each widget's component: the module `app/widgets/widget-loader.ts` imports. */
export function widgetModulePath(name: WidgetName): string {
  if (name === 'drill') return 'src/app/practice/DrillWidget.tsx';
  const component = name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
  return `src/app/widgets/${name}/${component}.tsx`;
}

/** The source modules of the widgets a page's HTML places. */
export function widgetModulesIn(html: string): string[] {
  return widgetNamesIn(html).map((name) => widgetModulePath(name as WidgetName));
}
