'use client';

import { useSyncExternalStore } from 'react';
import { formatUsd, localityPayment } from '@/lib/fees';
import { useLocalities, usePlace } from './use-place';

const noSubscription = () => () => {};

/** One PFS row's RVUs, as the local estimate needs them. */
export type PfsRowInput = {
  modifier: string;
  label: string;
  work: number;
  nonFacilityPe: number;
  facilityPe: number;
  mp: number;
  nonFacility: boolean;
  facility: boolean;
};

export type LocalFigureProps =
  | { kind: 'pfs'; rows: PfsRowInput[]; conversionFactor: number; cap: Record<string, Record<string, [number, number]>> | null }
  | { kind: 'dmepos'; rows: { label: string; fees: Record<string, [number | null, number | null]> }[] }
  | { kind: 'anesthesia'; national: number };

/**
 * The figure for the reader's place, worked out in the browser from the same CMS numbers the page shows: PFS RVUs
 * with the locality's GPCIs, the state's DMEPOS fee, or the locality's anesthesia conversion factor. Nothing is shown
 * until a place is chosen, and nothing without JavaScript.
 */
export function LocalFigure(props: LocalFigureProps) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [place] = usePlace();
  const { localities } = useLocalities(place !== null && props.kind !== 'dmepos');
  if (!hydrated || !place) return null;
  if (props.kind === 'dmepos') {
    const lines = props.rows.map(({ label, fees }) => {
      const [nonRural, rural] = Object.hasOwn(fees, place.state) ? fees[place.state]! : [null, null];
      if (nonRural === null && rural === null) return `${label}: no fee for ${place.state} in this file.`;
      return `${label}: ${nonRural === null ? 'no non-rural fee' : `${formatUsd(nonRural)} non-rural`}, ${rural === null ? 'no separate rural fee' : `${formatUsd(rural)} rural`}.`;
    });
    return <p className="local-figure" aria-live="polite">{`In ${place.state}: ${lines.join(' ')}`}</p>;
  }
  const locality = localities?.find((l) => l.id === place.locality);
  if (!locality) return null;
  if (props.kind === 'anesthesia') {
    return (
      <p className="local-figure" aria-live="polite">
        {locality.anesthesiaCf === null
          ? `No anesthesia conversion factor for ${locality.name} in this build.`
          : `${locality.name}: anesthesia conversion factor ${locality.anesthesiaCf} (national ${props.national}).`}
      </p>
    );
  }
  const lines = props.rows.map((row) => {
    const amount = (pe: number, applies: boolean) =>
      applies ? formatUsd(localityPayment({ work: row.work, pe, mp: row.mp }, locality, props.conversionFactor)) : 'NA';
    const cap = props.cap?.[row.modifier]?.[locality.id];
    const capText = cap
      ? ` The OPPS cap here is ${formatUsd(cap[1])} office, ${formatUsd(cap[0])} facility: Medicare pays the lesser.`
      : '';
    return `${row.label}: ${amount(row.nonFacilityPe, row.nonFacility)} office, ${amount(row.facilityPe, row.facility)} facility.${capText}`;
  });
  return (
    <p className="local-figure" aria-live="polite">
      {`${locality.stateName}, ${locality.name} (GPCIs work ${locality.work}, PE ${locality.pe}, MP ${locality.mp}): ${lines.join(' ')}`}
    </p>
  );
}
