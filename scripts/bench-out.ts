/** `npm run bench:out`: the file count and size of out/ (as last built) against the deployability budgets. */
import { EXPORT_DIR } from '@/lib/data-contract';
import { describeOutFigures, outFigures } from '@/lib/bench/out-figures';

for (const line of describeOutFigures(outFigures(EXPORT_DIR))) console.log(line);
