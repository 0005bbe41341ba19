import { pageField } from '../../shared/first-visit-data';
import type { HtmlPart } from '../../shared/widgets/widget-placeholder';
import { WidgetSlot } from './WidgetSlot';

/**
 * Compiled HTML with its widget placeholders replaced by the widgets themselves. Each HTML part
 * is a balanced fragment (widgets sit at the top level of the body), wrapped in a plain `div`,
 * marked as part `#index` of the page data `field` it comes from (see FirstVisitData).
 * HTML INJECTION POINT: the parts come from the build's content pipeline, as in `ProseHtml`.
 */
export function ProseParts({ parts, field }: { parts: HtmlPart[]; field?: string }) {
  return parts.map((part, index) =>
    typeof part === 'string' ? (
      // HTML INJECTION POINT: slices of the page body compiled by the build (see ProseHtml).
      <div key={index} {...pageField(field && `${field}#${index}`)} dangerouslySetInnerHTML={{ __html: part }} />
    ) : (
      <WidgetSlot key={index} name={part.name} props={part.props} />
    ),
  );
}
