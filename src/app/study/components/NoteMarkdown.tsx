import Markdown from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';

/**
 * Renders a learner's note: Markdown with `$…$` math. This is the one place the browser renders
 * Markdown. Raw HTML in the note is shown as text, never rendered: react-markdown turns HTML
 * into text unless a raw-HTML plugin is added, and its default URL filter drops `javascript:` links.
 */
export function NoteMarkdown({ text }: { text: string }) {
  return (
    <div className="prose notes-panel__rendered">
      <Markdown remarkPlugins={[remarkMath]} rehypePlugins={[[rehypeKatex, { trust: false, strict: 'ignore' }]]}>
        {text}
      </Markdown>
    </div>
  );
}
