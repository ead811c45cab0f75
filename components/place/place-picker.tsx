'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { useLocalities, usePlace } from './use-place';

const noSubscription = () => () => {};
const SELECT = 'mt-1 block w-full min-h-10 rounded-md border border-slate-400 bg-white p-2 text-sm dark:border-slate-500 dark:bg-slate-900';
const BUTTON =
  'min-h-10 rounded-md border border-teal-800 px-3 py-1.5 text-sm font-medium text-teal-900 hover:bg-teal-50 dark:border-teal-300 dark:text-teal-100 dark:hover:bg-teal-950';

/**
 * The one place picker: a state (for DMEPOS fees) and, within it, a payment locality chosen by its counties (for
 * physician fees). The site remembers it on this device. Rendered only once JavaScript runs: without it, pages show
 * national figures.
 */
export function PlacePicker() {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [place, setPlace] = usePlace();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState('');
  const { localities, failed } = useLocalities(open || place !== null);
  const stateId = useId();
  const areaId = useId();
  if (!hydrated) return null;

  const current = place && localities?.find((l) => l.id === place.locality);
  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-2 text-sm print:hidden" data-place-picker>
        <span>
          {current
            ? `Local figures for ${current.stateName}: ${current.counties ?? current.name}.`
            : place
              ? 'Loading your place…'
              : 'Figures are national.'}
        </span>
        <button type="button" className={BUTTON} onClick={() => (setState(place?.state ?? ''), setOpen(true))}>
          {place ? 'Change place' : 'Show figures for my state'}
        </button>
        {failed && <span role="alert">The locality table could not be loaded; national figures still apply.</span>}
      </div>
    );
  }
  const states = [...new Map((localities ?? []).map((l) => [l.state, l.stateName])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const areas = (localities ?? []).filter((l) => l.state === state);
  const choose = (locality: string) => {
    setPlace({ state, locality });
    setOpen(false);
  };
  return (
    <fieldset
      className="grid gap-3 print:hidden rounded-md border border-slate-300 p-3 sm:grid-cols-2 dark:border-slate-600"
      data-place-picker
    >
      <legend className="px-1 text-sm font-semibold">Your place (remembered on this device)</legend>
      <label htmlFor={stateId} className="text-sm">
        State or territory
        <select id={stateId} className={SELECT} value={state} onChange={(e) => setState(e.target.value)} disabled={!localities}>
          <option value="">{localities ? 'Choose…' : 'Loading…'}</option>
          {states.map(([code, name]) => (
            <option key={code} value={code}>{`${name} (${code})`}</option>
          ))}
        </select>
      </label>
      {areas.length > 1 && (
        <label htmlFor={areaId} className="text-sm">
          County or area (payment locality)
          <select id={areaId} className={SELECT} value="" onChange={(e) => e.target.value && choose(e.target.value)}>
            <option value="">Choose…</option>
            {areas.map((l) => (
              <option key={l.id} value={l.id}>
                {l.counties && l.counties !== 'All Counties' ? `${l.counties} (${l.name})` : l.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        {areas.length === 1 && (
          <button type="button" className={BUTTON} onClick={() => choose(areas[0]!.id)}>
            Use {areas[0]!.stateName}
          </button>
        )}
        {place && (
          <button type="button" className={BUTTON} onClick={() => (setPlace(null), setOpen(false))}>
            Forget my place
          </button>
        )}
        <button type="button" className={BUTTON} onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </fieldset>
  );
}
