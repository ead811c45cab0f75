import type { CodeSystem } from './patterns';
import { SERIES_NAMES } from './series';
import { seriesHref } from '../urls';

export type Category = { label: string; href: string };

/** The name of a HCPCS Level II series, by its letter. */
export function seriesName(letter: string): string {
  return SERIES_NAMES[letter] ?? 'HCPCS Level II';
}

/** The browse category a code's breadcrumb points to. */
export function categoryOf(code: string, system: CodeSystem): Category {
  if (system === 'cpt') return { label: 'CPT codes', href: '/codes/cpt/' };
  if (system === 'modifier') return { label: 'Modifiers', href: '/modifiers/' };
  const letter = code.charAt(0);
  return { label: `${letter} codes: ${seriesName(letter)}`, href: seriesHref(letter) };
}
