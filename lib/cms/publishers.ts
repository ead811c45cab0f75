/** Where on cms.gov each kind of release file is published, for the /data/ page and SOURCES.md files. */
export const PUBLISHED_AT = {
  hcpcs: {
    where: 'Medicare › Coding & billing › HCPCS › Quarterly update',
    url: 'https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system',
  },
  pfs: {
    where: 'Medicare › Payment › Fee schedules › Physician › PFS relative value files',
    url: 'https://www.cms.gov/medicare/payment/fee-schedules/physician',
  },
  dmepos: {
    where: 'Medicare › Payment › Fee schedules › DMEPOS fee schedule',
    url: 'https://www.cms.gov/medicare/payment/fee-schedules/dmepos/dmepos-fee-schedule',
  },
  asp: {
    where: 'Medicare › Payment › Part B drugs › ASP pricing files',
    url: 'https://www.cms.gov/medicare/payment/part-b-drugs/asp-pricing-files',
  },
  opps: { where: 'Medicare › Payment › Prospective payment systems › Hospital outpatient › Addendum A and Addendum B updates', url: null },
  clfs: { where: 'Medicare › Payment › Fee schedules › Clinical laboratory fee schedule › Files', url: null },
} as const;

export type Publisher = keyof typeof PUBLISHED_AT;
