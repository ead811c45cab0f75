import { env } from '../env';

/**
 * Where a reader reports an error about a page, with the page named: the operator's issue form (GitHub takes ?title=)
 * or mailto: address (REPORT_ERROR_URL). Null when this copy of the site has none.
 */
export function reportErrorHref(about: string, base: string | undefined = env.REPORT_ERROR_URL): string | null {
  if (!base) return null;
  const key = base.startsWith('mailto:') ? 'subject' : 'title';
  // %20, not "+": mail clients show a "+" in a subject as it is
  return `${base}${base.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(`Error report: ${about}`)}`;
}
