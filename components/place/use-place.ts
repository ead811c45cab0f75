'use client';

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Locality } from '@/lib/page-schema';
import { parsePlace, PLACE_KEY, type Place } from '@/lib/place';
import { LOCALITIES_HREF } from '@/lib/urls';

const CHANGED = 'codeatlas:place';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function read(): string | null {
  try {
    return localStorage.getItem(PLACE_KEY);
  } catch {
    return null; // storage blocked: the place lasts for this page only
  }
}

/** The reader's place, shared by every island on the page and remembered across pages; null until one is chosen. */
export function usePlace(): [Place | null, (place: Place | null) => void] {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const set = useCallback((place: Place | null) => {
    try {
      if (place) localStorage.setItem(PLACE_KEY, JSON.stringify(place));
      else localStorage.removeItem(PLACE_KEY);
    } catch {
      // storage blocked
    }
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return [parsePlace(raw), set];
}

let table: Promise<Locality[]> | undefined;

/** The locality table, fetched once per page and only when a place is chosen or being chosen. */
export function useLocalities(wanted: boolean): { localities: Locality[] | null; failed: boolean } {
  const [localities, setLocalities] = useState<Locality[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    table ??= fetch(LOCALITIES_HREF).then((r) => (r.ok ? (r.json() as Promise<Locality[]>) : Promise.reject(new Error(String(r.status)))));
    table.then(
      (list) => live && setLocalities(list),
      () => {
        table = undefined;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return { localities, failed };
}
