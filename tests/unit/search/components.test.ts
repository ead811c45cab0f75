import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchBox } from '@/components/search/search-box';
import { SearchResultsPage } from '@/components/search/search-results-page';
import { matchedElsewhere } from '@/components/search/result-title';
import type { SearchResult } from '@/lib/search/types';

describe('SearchBox (server render, before any JavaScript runs)', () => {
  const html = renderToStaticMarkup(createElement(SearchBox, { id: 'q' }));

  it('is a labelled combobox that controls a listbox', () => {
    expect(html).toContain('role="combobox"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('aria-controls="q-results"');
    expect(html).toContain('aria-autocomplete="list"');
    expect(html).toMatch(/<ul id="q-results" role="listbox"[^>]*hidden/);
    expect(html).toContain('<label for="q" class="sr-only">Search codes</label>');
    expect(html).toContain('role="status" aria-live="polite"');
  });

  it('submits to the results page without JavaScript', () => {
    expect(html).toMatch(/<form role="search"[^>]* action="\/search\/" method="get">/);
    expect(html).toContain('name="q"');
  });
});

describe('SearchResultsPage', () => {
  it('renders a search form before reading the address bar', () => {
    const html = renderToStaticMarkup(createElement(SearchResultsPage, {}));
    expect(html).toContain('<h1 id="search-heading"');
    expect(html).toContain('action="/search/"');
  });

  it('shows where words matched when it was not the title', () => {
    const result: SearchResult = {
      code: 'S9986',
      kind: 'hcpcs',
      title: 'Not medically necessary service',
      href: '/codes/S9986/',
      active: true,
      score: 0.8,
      matches: [{ field: 'phrases', value: 'patient knows service is not covered', indices: [[0, 6]] }],
    };
    expect(matchedElsewhere(result)).toEqual({ field: 'phrases', value: 'patient knows service is not covered', indices: [[0, 6]] });
    expect(matchedElsewhere({ ...result, matches: [{ field: 'title', value: result.title, indices: [[0, 2]] }] })).toBeNull();
  });
});
