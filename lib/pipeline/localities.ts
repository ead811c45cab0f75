import type { AnesthesiaCf } from '../cms/read-anesthesia-cf';
import type { GpciRow } from '../cms/read-gpci';
import type { LocalityCounties } from '../cms/read-locality-counties';
import type { Locality } from '../page-schema';

const titleCase = (text: string) =>
  text
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\bOf\b/g, 'of');

/** The payment localities as the place picker uses them: GPCIs, the counties each covers, and its anesthesia factor. */
export function localitiesOf(gpci: GpciRow[], counties: LocalityCounties[] | null, anesthesia: AnesthesiaCf | null): Locality[] {
  const byId = new Map((counties ?? []).map((c) => [`${c.mac}-${c.locality}`, c]));
  const stateNames = new Map<string, string>();
  for (const g of gpci) {
    const entry = byId.get(`${g.mac}-${g.locality}`);
    if (entry) stateNames.set(g.state, titleCase(entry.stateName));
  }
  return gpci.map((g) => {
    const id = `${g.mac}-${g.locality}`;
    const entry = byId.get(id);
    return {
      id,
      state: g.state,
      stateName: stateNames.get(g.state) ?? g.state,
      name: g.localityName.replace(/\*+$/, ''),
      counties: entry ? titleCase(entry.counties) : null,
      work: g.pwGpci,
      pe: g.peGpci,
      mp: g.mpGpci,
      anesthesiaCf: anesthesia && Object.hasOwn(anesthesia.byLocality, id) ? anesthesia.byLocality[id]! : null,
    };
  });
}
