import type { GpciRow } from '../cms/read-gpci';
import type { Locality } from '../page-schema';

/** The GPCI rows as the locality picker uses them; CMS's footnote asterisks are dropped from the names. */
export function localitiesOf(gpci: GpciRow[]): Locality[] {
  return gpci.map((g) => ({
    id: `${g.mac}-${g.locality}`,
    state: g.state,
    name: g.localityName.replace(/\*+$/, ''),
    work: g.pwGpci,
    pe: g.peGpci,
    mp: g.mpGpci,
  }));
}
