import { basename } from 'node:path';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "January 2026" from a name carrying a year and a month, in either order ("dmepos_2026_jan", "DMEPOS26_JAN", "October 2025 Web Addendum B"). */
export function monthYear(name: string): string | null {
  const text = basename(name).toLowerCase();
  const month = MONTHS.find((m) => new RegExp(`(?:^|[^a-z])${m.slice(0, 3)}(?:${m.slice(3)})?(?:[^a-z]|$)`).test(text));
  const year =
    /(?:^|[^0-9])(20\d{2})(?:[^0-9]|$)/.exec(text)?.[1] ??
    (/[a-z](\d{2})[_ -]/.exec(text) ? `20${/[a-z](\d{2})[_ -]/.exec(text)![1]}` : null);
  return month && year ? `${capital(month)} ${year}` : null;
}

/** "2025 Q2" from a name such as "clfs_2025_q2" or "CLFS 2025 Q2V1"; null when it does not say. */
export function yearQuarter(name: string): string | null {
  const match = /(20\d{2})[_ -]?q([1-4])/i.exec(basename(name));
  return match ? `${match[1]} Q${match[2]}` : null;
}

/** A release's label: its kind and, when the file name says, its period ("DMEPOS fee schedule, January 2026"). */
export function releaseLabel(kind: string, period: string | null): string {
  return period ? `${kind}, ${period}` : kind;
}
