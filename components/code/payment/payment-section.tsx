import type { CodePage } from '@/lib/page-schema';
import { AspBlock } from './asp-block';
import { ClfsBlock, OppsBlock } from './clfs-opps-blocks';
import { DmeposBlock } from './dmepos-block';
import { PfsBlock } from './pfs-block';

/** "What Medicare pays": one block per fee schedule whose file has the code, each naming its release. */
export function PaymentSection({ page }: { page: CodePage }) {
  const { fees, schedules } = page;
  const any = fees || schedules.dmepos || schedules.asp || schedules.clfs || schedules.opps;
  return (
    <>
      {!any && <p>{`${page.code} is in none of the fee schedule files loaded into this build. ${page.glance.unpriced ?? ''}`}</p>}
      {page.glance.figures.length === 0 && any && page.glance.unpriced && <p>{page.glance.unpriced}</p>}
      {fees && <PfsBlock page={page} fees={fees} />}
      {schedules.dmepos && <DmeposBlock dmepos={schedules.dmepos} />}
      {schedules.asp && <AspBlock asp={schedules.asp} code={page.code} />}
      {schedules.clfs && <ClfsBlock clfs={schedules.clfs} />}
      {schedules.opps && <OppsBlock opps={schedules.opps} />}
    </>
  );
}
