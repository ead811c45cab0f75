'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { citationText, type CitationInput } from '@/lib/links/citation';

const BUTTON =
  'inline-flex items-center rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

const noSubscription = () => () => {};

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** "Copy link" and "Cite" for a code page. Rendered only once JavaScript runs, since neither works without it. */
export function ShareButtons(props: CitationInput) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [citation, setCitation] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const panelId = useId();
  if (!hydrated) return null;

  const copy = async (text: string, done: string, failed: string) => setMessage((await copyText(text)) ? done : failed);

  return (
    <div className="mt-4 print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            // keeps the section the reader is at (#payment, #faq-2)
            const url = `${props.url}${window.location.hash}`;
            void copy(url, 'Link copied.', `Could not copy. The link is ${url}`);
          }}
        >
          Copy link
        </button>
        <button
          type="button"
          className={BUTTON}
          aria-expanded={citation !== null}
          aria-controls={panelId}
          onClick={() => {
            setMessage('');
            setCitation(citation === null ? citationText(props, new Date()) : null);
          }}
        >
          Cite
        </button>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {message}
        </p>
      </div>
      <div id={panelId} hidden={citation === null} className="mt-3 rounded-md border border-slate-300 p-3 dark:border-slate-600">
        <p className="text-sm font-semibold">Cite this page</p>
        <p className="mt-1 select-all text-sm" data-citation>
          {citation}
        </p>
        <button
          type="button"
          className={`${BUTTON} mt-2`}
          onClick={() => citation && void copy(citation, 'Citation copied.', 'Could not copy: select the citation and copy it.')}
        >
          Copy citation
        </button>
      </div>
    </div>
  );
}
