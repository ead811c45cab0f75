import ReactMarkdown from 'react-markdown';

/** Renders content markdown; raw HTML in the source is dropped, never injected. */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-body">
      <ReactMarkdown skipHtml>{children}</ReactMarkdown>
    </div>
  );
}
