import type { CodeSystem } from './codes/patterns';

/** Canonical page path of a code; modifiers live under /modifiers/. These URLs are a promise: never change them. */
export function codeHref(code: string, system: CodeSystem): string {
  return system === 'modifier' ? `/modifiers/${code}/` : `/codes/${code}/`;
}

export function guideHref(slug: string): string {
  return `/guides/${slug}/`;
}

export function seriesHref(letter: string): string {
  return `/codes/series/${letter.toLowerCase()}/`;
}

export function rangeHref(letter: string, rangeSlug: string): string {
  return `${seriesHref(letter)}${rangeSlug}/`;
}

/** The JSON twin of a code page (written by scripts/post-export.ts). Public, like the page URL: never change it. */
export function codeApiHref(code: string): string {
  return `${CODE_API_DIR}/${code}.json`;
}

/** Where the JSON twins live; /api/codes/index.json lists them all. */
export const CODE_API_DIR = '/api/codes';
export const CODE_INDEX_HREF = `${CODE_API_DIR}/index.json`;

/** The locality table (GPCIs) the fee estimate fetches when a reader asks for a locality. */
export const LOCALITIES_HREF = '/data/gpci.json';

/** The link-preview script's versioned address, given on /embed/ with its SRI hash: its bytes never change. */
export const EMBED_SCRIPT_HREF = '/embed/v1.js';
/** The script's first address (public/embed.js as Next publishes it), kept for the pages that already load it. */
export const EMBED_SCRIPT_ALIAS_HREF = '/embed.js';
