import { resolve } from 'node:path';

/** The CMS release files, read in place: ../shared/data beside the repo, or CMS_DATA_DIR. Never copied into the repo. */
export const SHARED_DATA = resolve(process.env.CMS_DATA_DIR ?? '../shared/data');
