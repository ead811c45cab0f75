'use client';

import { useId, useState } from 'react';
import { formatUsd, localityPayment } from '@/lib/fees';
import type { FeeRow, Locality } from '@/lib/page-schema';
import { LOCALITIES_HREF } from '@/lib/urls';

/** Applies a locality's GPCIs in the browser. The GPCI table loads only when the reader asks for it. */
export function LocalityEstimate({ row, conversionFactor }: { row: FeeRow; conversionFactor: number }) {
  const [localities, setLocalities] = useState<Locality[] | null>(null);
  const [error, setError] = useState(false);
  const [selected, setSelected] = useState('');
  const selectId = useId();

  async function load() {
    try {
      const response = await fetch(LOCALITIES_HREF);
      if (!response.ok) throw new Error(String(response.status));
      const list = (await response.json()) as Locality[];
      if (list.length === 0) throw new Error('no localities in this build');
      setLocalities(list);
    } catch {
      setError(true);
    }
  }

  if (!localities) {
    return (
      <div>
        <button
          type="button"
          onClick={() => void load()}
          className="rounded-md border border-teal-800 px-3 py-1.5 text-sm font-medium text-teal-900 hover:bg-teal-50 dark:border-teal-300 dark:text-teal-100 dark:hover:bg-teal-950"
        >
          Estimate for a locality
        </button>
        {error && (
          <p role="alert" className="mt-2 text-sm">
            The locality table could not be loaded. National figures above still apply.
          </p>
        )}
      </div>
    );
  }
  const locality = localities.find((l) => l.id === selected);
  const estimate = (pe: number, na: boolean) =>
    na || !locality ? 'NA' : formatUsd(localityPayment({ work: row.work, pe, mp: row.malpractice }, locality, conversionFactor));
  return (
    <div className="rounded-md border border-slate-300 p-4 dark:border-slate-600">
      <label htmlFor={selectId} className="block text-sm font-semibold">
        Medicare payment locality
      </label>
      <select
        id={selectId}
        value={selected}
        onChange={(e) => setSelected(e.target.value)}
        className="mt-1 w-full rounded-md border border-slate-400 bg-white p-2 text-sm dark:border-slate-500 dark:bg-slate-900"
      >
        <option value="">Choose a locality…</option>
        {localities.map((l) => (
          <option key={l.id} value={l.id}>
            {l.state}: {l.name}
          </option>
        ))}
      </select>
      <p aria-live="polite" className="mt-3 text-sm">
        {locality
          ? `${locality.name}: ${estimate(row.nonFacilityPe, row.nonFacilityNa)} non-facility, ${estimate(row.facilityPe, row.facilityNa)} facility (GPCIs work ${locality.work}, PE ${locality.pe}, MP ${locality.mp}).`
          : 'Pick a locality to apply its geographic practice cost indices.'}
      </p>
    </div>
  );
}
