'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { SEARCH_INDEX_URL, SEARCH_PAGE_PATH } from '@/lib/search/constants';
import { MAX_QUERY_LENGTH } from '@/lib/search/normalize';
import { StatusBadge } from '@/components/status-badge';
import { exactCodeResult } from './exact-code';
import { ResultTitle } from './result-title';
import { useSearch } from './use-search';

/** A full page load: pages link with plain <a> and the site does not use the client router (next.config.ts). */
function openPage(href: string): void {
  window.location.assign(href);
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The header search: a WAI-ARIA combobox over the client-side index, searched in a Web Worker from the first focus or
 * keystroke. Enter opens the highlighted option (a result, or "See all results"); with none highlighted it opens the
 * code typed exactly, else submits to /search/?q=…, which also works without JavaScript. "/" anywhere focuses it.
 */
export function SearchBox({
  indexUrl = SEARCH_INDEX_URL,
  limit = 8,
  id,
  label = 'Site',
  shortcut = true,
}: {
  indexUrl?: string;
  limit?: number;
  id?: string;
  /** Names the search landmark; each search box on a page needs its own. */
  label?: string;
  /** Whether "/" focuses this box; only one box per page should take it. */
  shortcut?: boolean;
}) {
  const autoId = useId();
  const inputId = id ?? `search-${autoId}`;
  const listId = `${inputId}-results`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [enabled, setEnabled] = useState(false);
  const trimmed = query.trim();
  const search = useSearch(query, limit, indexUrl, enabled);
  const results = trimmed ? search.results : [];
  const seeAllHref = `${SEARCH_PAGE_PATH}?q=${encodeURIComponent(trimmed)}`;
  // the results, then "See all results" as the last option
  const optionCount = results.length > 0 ? results.length + 1 : 0;
  const expanded = open && trimmed !== '' && optionCount > 0;
  const statusNote =
    !trimmed || search.status === 'ready' || search.status === 'idle'
      ? null
      : search.status === 'loading'
        ? 'Loading search…'
        : search.status === 'offline'
          ? 'You are offline, and search needs its index. Try again when you are back online.'
          : 'Search could not load. Press Enter to try the results page.';

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shortcut]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (optionCount ? (i + 1) % optionCount : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (optionCount ? (i <= 0 ? optionCount - 1 : i - 1) : -1));
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        event.preventDefault();
        setQuery('');
      }
    } else if (event.key === 'Enter') {
      const target =
        expanded && active >= 0
          ? (results[active]?.href ?? seeAllHref)
          : search.forQuery === trimmed
            ? exactCodeResult(trimmed, results)?.href
            : undefined;
      if (target) {
        event.preventDefault();
        openPage(target);
      }
    }
  };

  const announcement =
    statusNote ??
    (trimmed && search.status === 'ready' && search.forQuery === trimmed
      ? results.length
        ? `${results.length} result${results.length === 1 ? '' : 's'} available.`
        : 'No results.'
      : '');

  return (
    <form action={SEARCH_PAGE_PATH} method="get" role="search" aria-label={label} className="relative">
      <label htmlFor={inputId} className="sr-only">
        Search codes
      </label>
      <div className="flex gap-2">
        <input
          ref={inputRef}
          id={inputId}
          name="q"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-keyshortcuts={shortcut ? '/' : undefined}
          placeholder={shortcut ? 'Search codes, e.g. S9986 or walker  ( / )' : 'Search codes, e.g. S9986 or walker'}
          value={query}
          onFocus={() => {
            setEnabled(true);
            setOpen(true);
          }}
          onChange={(event) => {
            setEnabled(true);
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className="search-input"
        />
        <button type="submit" className="search-button">
          Search
        </button>
      </div>
      <ul id={listId} role="listbox" aria-label="Search suggestions" hidden={!expanded} className="search-popup search-list">
        {expanded &&
          results.map((result, i) => (
            <li
              key={`${result.kind}:${result.code}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // keep focus in the input so the click lands before blur closes the list
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => openPage(result.href)}
              onMouseMove={() => setActive(i)}
              className={`flex cursor-pointer items-start gap-2 rounded px-2 py-1.5 ${i === active ? 'bg-teal-100 outline-2 outline-teal-700 dark:bg-teal-900 dark:outline-teal-300' : ''}`}
            >
              <ResultTitle result={result} />
              {result.kind !== 'guide' && <StatusBadge active={result.active} />}
            </li>
          ))}
        {expanded && (
          <li
            id={`${listId}-${results.length}`}
            role="option"
            aria-selected={active === results.length}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => openPage(seeAllHref)}
            onMouseMove={() => setActive(results.length)}
            className={`cursor-pointer rounded border-t border-slate-200 px-2 py-2 text-sm font-semibold text-teal-800 dark:border-slate-700 dark:text-teal-300 ${active === results.length ? 'bg-teal-100 outline-2 outline-teal-700 dark:bg-teal-900 dark:outline-teal-300' : ''}`}
          >
            {`See all results for “${trimmed}”`}
          </li>
        )}
      </ul>
      {open && statusNote && (
        <p aria-hidden="true" className="search-popup p-2 text-sm text-slate-800 dark:text-slate-200">
          {statusNote}
        </p>
      )}
      <div role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </form>
  );
}
