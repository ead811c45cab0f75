// Plain-language wording of the codes in the other fee schedules. [label, meaning].
type Terms = Readonly<Record<string, readonly [string, string]>>;

/** OPPS status indicators, after CMS's OPPS Addendum D1 for CY2025. */
export const OPPS_STATUS_TERMS: Terms = {
  A: [
    'Paid under another fee schedule',
    'Not paid under the OPPS when billed by a hospital outpatient department; paid under another Medicare fee schedule or payment system (for example the clinical lab or physician fee schedule).',
  ],
  B: [
    'Not recognized on an outpatient bill',
    'Not accepted on a hospital outpatient Part B bill; another code may be available for the service.',
  ],
  C: ['Inpatient only', 'Medicare pays for this procedure only when the patient is an inpatient; it is not paid under the OPPS.'],
  D: ['Discontinued code', 'The code is no longer valid.'],
  E1: [
    'Not covered as an outpatient service',
    'Not covered by any Medicare outpatient benefit, excluded by statute, or not reasonable and necessary.',
  ],
  E2: ['Not paid: no pricing information', 'Not paid under the OPPS because pricing information and claims data are not available.'],
  F: [
    'Paid at reasonable cost',
    'Paid on a reasonable-cost basis, not under the OPPS (for example corneal tissue and some nurse-anesthetist services).',
  ],
  G: ['Pass-through drug or biological', 'A drug or biological with pass-through status: paid separately under its own APC.'],
  H: ['Pass-through device', 'A device with pass-through status: paid separately on a cost basis, without copayment.'],
  J1: ['Comprehensive APC', 'Paid through a comprehensive APC that covers the primary service and most other services on the claim.'],
  J2: ['Comprehensive APC in some cases', 'May be paid through a comprehensive APC (for example comprehensive observation services).'],
  K: [
    'Separately paid drug or biological',
    'A non-pass-through drug, biological or therapeutic radiopharmaceutical paid separately under its own APC.',
  ],
  L: [
    'Vaccine paid at reasonable cost',
    'A flu, pneumococcal or COVID-19 vaccine: paid at reasonable cost, with no deductible or coinsurance.',
  ],
  M: ['Not billable to the contractor', 'Not billed to the Medicare contractor by the hospital; not paid under the OPPS.'],
  N: ['Packaged', 'Paid under the OPPS, but its payment is included in the payment for other services; no separate payment.'],
  P: ['Partial hospitalization', 'Paid under a per-diem partial hospitalization APC.'],
  Q1: [
    'Packaged with certain services',
    'Packaged when billed on the same day as a procedure with status S, T or V; otherwise paid under its own APC.',
  ],
  Q2: ['Packaged with a procedure', 'Packaged when billed on the same day as a procedure with status T; otherwise paid under its own APC.'],
  Q3: [
    'May be paid through a composite APC',
    'May be paid through a composite APC with related services; otherwise paid under its own APC.',
  ],
  Q4: [
    'Conditionally packaged lab test',
    'Packaged when billed with other OPPS services; otherwise paid under the clinical lab fee schedule.',
  ],
  R: ['Blood or blood product', 'Paid separately under its own APC.'],
  S: ['Procedure, not discounted', 'Paid separately under its own APC, without the multiple-procedure reduction.'],
  T: ['Procedure, discounted when multiple', 'Paid separately under its own APC; the multiple-procedure reduction applies.'],
  U: ['Brachytherapy source', 'Paid separately under its own APC.'],
  V: ['Clinic or emergency department visit', 'Paid separately under its own APC.'],
  Y: ['Non-implantable DME', 'Not paid under the OPPS; paid under the DMEPOS fee schedule.'],
};

/** The INDICATOR column of the Clinical Laboratory Fee Schedule. */
export const CLFS_INDICATOR_TERMS: Terms = {
  N: ['National payment amount', 'The rate is the national payment amount for the test.'],
  L: ['Priced locally', 'There is no national amount: the Medicare contractor sets the price (for example while a new test is priced).'],
};

/** The CATG column of the DMEPOS fee schedule. */
export const DMEPOS_CATEGORY_TERMS: Terms = {
  IN: ['Inexpensive or routinely purchased', 'Bought outright or rented; the rental payments stop at the purchase price.'],
  CR: ['Capped rental', 'Rented month by month; after 13 continuous months of rental the patient owns the item.'],
  FS: ['Frequently serviced', 'Rented for as long as it is medically needed, because it needs frequent servicing.'],
  OX: ['Oxygen and oxygen equipment', 'Paid as a monthly rental under Medicare’s oxygen rules.'],
  PO: ['Prosthetics and orthotics', 'Bought; paid from the prosthetics and orthotics fee schedule.'],
  OS: ['Ostomy, tracheostomy and urological supplies', 'Supplies paid per item from the fee schedule.'],
  SD: ['Surgical dressings', 'Dressings paid per item from the fee schedule.'],
  SU: ['Supplies', 'Supplies used with durable medical equipment, paid per item.'],
  TE: ['TENS', 'A transcutaneous electrical nerve stimulator.'],
  TS: ['Therapeutic shoes', 'Shoes and inserts for people with diabetes.'],
  SC: ['Splints and casts', 'Splints and casting supplies.'],
  IL: ['Intraocular lenses', 'Lenses inserted in a physician’s office.'],
  LC: ['Lymphedema compression items', 'Compression garments and supplies for lymphedema.'],
};

/** The JURIS column of the DMEPOS fee schedule: who processes the claim. */
export const DMEPOS_JURISDICTION_TERMS: Terms = {
  D: ['DME MAC', 'Billed to the DME Medicare Administrative Contractor.'],
  L: ['Local A/B MAC', 'Billed to the local A/B Medicare Administrative Contractor.'],
  J: ['Joint', 'Billed to the DME MAC or the local A/B MAC, depending on who supplies it and where.'],
};
