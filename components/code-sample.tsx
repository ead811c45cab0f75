/** A scrollable block of code; focusable so keyboard users can scroll it. */
export function CodeSample({ label, children }: { label: string; children: string }) {
  return (
    <pre
      tabIndex={0}
      role="region"
      aria-label={label}
      className="mt-4 max-h-96 overflow-auto rounded-md border border-slate-300 bg-slate-50 p-4 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    >
      <code>{children}</code>
    </pre>
  );
}
