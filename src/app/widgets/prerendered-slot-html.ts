/** The attribute naming a widget's slot, by its React id, in the prerendered page and in the app. */
export const widgetSlotAttribute = 'data-widget-slot';

/**
 * The prerendered HTML of the widget in slot `id`, while the page is being hydrated; undefined
 * once the slot is the app's own (after client-side navigation, or on the server).
 */
export function prerenderedSlotHtml(id: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector(`[${widgetSlotAttribute}="${CSS.escape(id)}"]`)?.innerHTML;
}
