/** The reader's place (state and PFS payment locality), remembered in localStorage on this device. Browser-safe. */
export type Place = { state: string; locality: string };

export const PLACE_KEY = 'codeatlas.place';

/** A stored place, or null for anything that is not one (missing, old format, tampered). */
export function parsePlace(raw: string | null): Place | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Place>;
    return typeof value.state === 'string' &&
      /^[A-Z]{2}$/.test(value.state) &&
      typeof value.locality === 'string' &&
      /^\d{5}-\d{2}$/.test(value.locality)
      ? { state: value.state, locality: value.locality }
      : null;
  } catch {
    return null;
  }
}
