// Plain-language wording of the code tables in CMS's HCPCS record layout
// (HCPC2026_recordlayout.txt: items 9, 16, 25 and 30). [label, meaning].
type Terms = Readonly<Record<string, readonly [string, string]>>;

const dmepos = (what: string): string =>
  `${what}, paid from the Medicare DMEPOS fee schedule (prices are subject to national floors and ceilings).`;

/** Item 16, coverage code. */
export const COVERAGE_TERMS: Terms = {
  C: [
    'Carrier judgment',
    'Whether Medicare covers this is left to the Medicare contractor that processes the claim, following any national or local coverage policy that applies.',
  ],
  D: [
    'Special coverage instructions apply',
    'Medicare may cover it when the conditions in a national coverage determination, a Medicare manual section or a local coverage policy are met.',
  ],
  I: [
    'Not payable by Medicare',
    'Medicare does not accept this code for payment. Usually Medicare uses another code for the same service, or the code exists for other payers.',
  ],
  M: ['Not covered by Medicare', 'Medicare does not cover this item or service, so a Medicare claim for it will be denied.'],
  S: ['Not covered by Medicare by law', 'The Medicare law (statute) excludes this item or service, so Medicare will not pay for it.'],
};

/** Item 9, pricing indicator. */
export const PRICING_TERMS: Terms = {
  '00': [
    'Not separately priced by Part B',
    'Medicare Part B sets no separate price for this code, for example because it is not covered, is bundled into another service, or is paid only under Part A.',
  ],
  '11': [
    'Physician fee schedule (national RVUs)',
    'The price comes from the Medicare Physician Fee Schedule, using national relative value units (RVUs).',
  ],
  '12': [
    'Physician fee schedule (anesthesia base units)',
    'The price comes from the Physician Fee Schedule, using national anesthesia base units.',
  ],
  '13': [
    'Physician fee schedule, priced by the contractor',
    'The Medicare contractor sets the price, for example for a "not otherwise classified" code or by individual review.',
  ],
  '21': [
    'Clinical lab fee schedule (national limit)',
    'Paid from the Clinical Laboratory Fee Schedule, up to a national limitation amount.',
  ],
  '22': [
    'Clinical lab fee schedule, priced by the contractor',
    'Paid from the Clinical Laboratory Fee Schedule at a price the contractor sets (for example a gap-filled price).',
  ],
  '31': ['DMEPOS: frequently serviced equipment', dmepos('Durable medical equipment that needs frequent servicing')],
  '32': ['DMEPOS: inexpensive or routinely purchased equipment', dmepos('Inexpensive or routinely purchased durable medical equipment')],
  '33': ['DMEPOS: oxygen and oxygen equipment', dmepos('Oxygen and oxygen equipment')],
  '34': ['DMEPOS: equipment supplies', dmepos('Supplies used with durable medical equipment')],
  '35': ['DMEPOS: surgical dressings', dmepos('Surgical dressings')],
  '36': ['DMEPOS: capped rental equipment', dmepos('Equipment rented month by month up to a limit')],
  '37': ['DMEPOS: ostomy, tracheostomy and urological supplies', dmepos('Ostomy, tracheostomy and urological supplies')],
  '38': ['DMEPOS: orthotics, prosthetics and vision', dmepos('Orthotics, prosthetics, prosthetic devices and vision services')],
  '39': [
    'DMEPOS: parenteral and enteral nutrition',
    'Parenteral and enteral nutrition (feeding by vein or tube), paid from the Medicare DMEPOS fee schedule.',
  ],
  '40': [
    'DMEPOS: lymphedema compression items',
    'Lymphedema compression treatment items (from January 1, 2024), paid from the Medicare DMEPOS fee schedule.',
  ],
  '45': ['DMEPOS: customized equipment', 'Durable medical equipment customized for one patient, priced individually.'],
  '46': [
    'DMEPOS: priced by the contractor',
    'The Medicare contractor sets the price, for example for a "not otherwise classified" item, by individual review, or as a gap-filled amount.',
  ],
  '51': ['Drugs', "Priced under Medicare's payment rules for drugs."],
  '52': ['Reasonable charge', 'Paid on a reasonable-charge basis rather than from a fee schedule.'],
  '53': ['Set by statute', 'The payment is set by law (statute).'],
  '54': ['Vaccinations', "Priced under Medicare's payment rules for vaccines."],
  '55': ['Splints and casts', 'Splints and casts, priced under their own Medicare rules (from October 1, 2014).'],
  '56': [
    "Lenses inserted in a physician's office",
    "Intraocular lenses (IOLs) inserted in a physician's office, priced under their own Medicare rules (from October 1, 2014).",
  ],
  '57': ['Other, priced by the contractor', 'The Medicare contractor sets the price.'],
  '99': ['Value not established', 'Medicare has not set a price for this code.'],
};

/** Item 30, action code: what changed for the code in this release. */
export const ACTION_TERMS: Terms = {
  A: ['Added', 'The code was added in this release; it is valid from its action effective date.'],
  B: ['Description and data changed', 'Both the long description and some administrative data of the code changed in this release.'],
  C: ['Description changed', 'The long description of the code changed in this release.'],
  D: ['Discontinued', 'The code was discontinued; it cannot be used for services after its termination date.'],
  F: ['Administrative data changed', 'Some administrative data of the code changed in this release; its description did not.'],
  N: ['No change', 'Nothing about the code changed in this release.'],
  P: [
    'Payment change',
    'Something that affects payment changed, such as the pricing indicator, anesthesia base units or ambulatory surgical center status.',
  ],
  R: ['Reactivated', 'A code that had been discontinued was made valid again.'],
  S: ['Short description changed', 'The short description of the code changed in this release.'],
  T: ['Miscellaneous change', 'A classification changed, such as the BETOS or type of service code.'],
};

/** Item 25, CMS type of service (CMS_TYPE_SRVC_TB); the note says when CMS retired a value. */
const TYPES_OF_SERVICE: Readonly<Record<string, readonly [string, string?]>> = {
  '0': ['Whole blood', 'Before 1996 this also covered packed red cells.'],
  '1': ['Medical care'],
  '2': ['Surgery'],
  '3': ['Consultation'],
  '4': ['Diagnostic radiology'],
  '5': ['Diagnostic laboratory'],
  '6': ['Therapeutic radiology'],
  '7': ['Anesthesia'],
  '8': ['Assistant at surgery'],
  '9': ['Other medical items or services'],
  A: ['Used durable medical equipment'],
  B: ['High-risk screening mammography', 'CMS retired this type in 1998.'],
  C: ['Low-risk screening mammography', 'CMS retired this type in 1998.'],
  D: ['Ambulance'],
  E: ['Enteral and parenteral nutrients and supplies'],
  F: ['Ambulatory surgical center', "It covers the facility's part of a surgical service."],
  G: ['Immunosuppressive drugs'],
  H: ['Hospice services', 'CMS retired this type in 1995.'],
  I: ['Purchase of durable medical equipment in instalments', 'CMS retired this type in 1995.'],
  J: ['Diabetic shoes'],
  K: ['Hearing items and services'],
  L: ['End-stage renal disease (ESRD) supplies'],
  M: ['Monthly capitation payment for dialysis'],
  N: ['Kidney donor'],
  P: ['Lump-sum purchase of equipment, prosthetics or orthotics'],
  Q: ['Vision items or services'],
  R: ['Rental of durable medical equipment'],
  S: ['Surgical dressings or other medical supplies'],
  T: ['Outpatient mental health', 'Since 1998 it marks services under the outpatient mental health limitation.'],
  U: ['Occupational therapy'],
  V: ['Pneumococcal, flu or hepatitis B vaccine', 'Since 1996 it means pneumococcal or flu vaccine.'],
  W: ['Physical therapy'],
  Y: ['Second opinion on elective surgery', 'CMS retired this type in 1997.'],
  Z: ['Third opinion on elective surgery', 'CMS retired this type in 1997.'],
};

export const TYPE_OF_SERVICE_TERMS: Terms = Object.fromEntries(
  Object.entries(TYPES_OF_SERVICE).map(([code, [label, note]]) => [
    code,
    [label, `Medicare contractors classify claims for this code as "${label.toLowerCase()}".${note ? ` ${note}` : ''}`] as const,
  ]),
);
