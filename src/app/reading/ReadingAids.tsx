import type { MarkedTerm } from '../../shared/reading-data';
import { GlossaryTips } from './GlossaryTips';
import { HeadingLinkCopier } from './HeadingLinkCopier';
import { LinkPreviewOnIntent } from './LinkPreviewOnIntent';
import { useTargetHighlight } from './use-target-highlight';
import './reading.css';

/**
 * The reading aids of a topic or question page: glossary tooltips, link previews, copyable heading
 * links, and the highlight of the equation or heading a link jumped to.
 */
export function ReadingAids({ terms }: { terms: readonly MarkedTerm[] | undefined }) {
  useTargetHighlight();
  return (
    <>
      <GlossaryTips terms={terms ?? []} />
      <LinkPreviewOnIntent />
      <HeadingLinkCopier />
    </>
  );
}
