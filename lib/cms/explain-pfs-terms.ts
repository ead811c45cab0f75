// Plain-language wording of the PFS RVU file's indicators, from CMS's RVU25A documentation
// (rvu/raw/RVU25A_documentation.txt: Attachment A "STATUS CODE" and "PC/TC INDICATOR", and the
// "Global Surgery" field). [label, meaning].
type Terms = Readonly<Record<string, readonly [string, string]>>;

export const PFS_STATUS_TERMS: Terms = {
  A: [
    'Active code',
    'Paid separately under the Physician Fee Schedule when covered, using the RVUs shown. This does not mean Medicare has made a national coverage decision.',
  ],
  B: [
    'Bundled code',
    'Never paid separately: when covered, its payment is included in the payment for other services. Any RVUs shown are not used for payment.',
  ],
  C: [
    'Contractor priced',
    'The Medicare contractor sets the RVUs and payment, usually case by case after reviewing records such as an operative report.',
  ],
  D: ['Deleted code', 'The code was deleted at the start of the year.'],
  E: [
    'Excluded by regulation',
    'CMS excluded this item or service from the fee schedule by regulation. There are no RVUs; when covered it is usually paid on a reasonable-charge basis.',
  ],
  F: ['Deleted, no grace period', 'The code was deleted or discontinued without a 90-day grace period.'],
  G: ['Not valid for Medicare, grace period', 'Medicare uses another code for this service; this code had a 90-day grace period.'],
  H: ['Deleted modifier', 'The professional (26) or technical (TC) component shown for this code was deleted this year.'],
  I: ['Not valid for Medicare', 'Medicare uses another code to report and pay for this service. There is no grace period.'],
  J: ['Anesthesia service', 'There are no RVUs or payment amounts on this file; the status marks anesthesia services.'],
  M: ['Measurement code', 'Used for reporting (such as quality measures) only; it is not paid.'],
  N: ['Not covered', 'Medicare does not cover this service.'],
  P: [
    'Bundled or excluded',
    'No RVUs and no fee schedule payment. If supplied with a physician service on the same day, it is included in that payment; otherwise, if covered, it is paid outside the fee schedule.',
  ],
  R: ['Restricted coverage', 'Special coverage instructions apply. If covered, the Medicare contractor sets the price.'],
  T: [
    'Injection, paid only alone',
    'Has RVUs and a payment, but is paid only when the same provider bills no other fee schedule service on the same date; otherwise it is included in those services.',
  ],
  X: [
    'Statutory exclusion',
    'By law this is not a "physician service" for fee schedule purposes (ambulance services and clinical lab tests are examples), so nothing is paid under the fee schedule.',
  ],
};

const noModifiers = 'Modifiers 26 and TC cannot be used with it.';

export const PCTC_TERMS: Terms = {
  '0': [
    'Physician service',
    `A physician service such as a visit or an operation; it cannot be split into professional and technical parts. ${noModifiers}`,
  ],
  '1': [
    'Test with professional and technical parts',
    "A diagnostic test or radiation treatment with a professional part (modifier 26: the doctor's interpretation) and a technical part (modifier TC: staff and equipment). Without a modifier it is the whole service.",
  ],
  '2': [
    'Professional part only',
    `A stand-alone code for the doctor's part of a test that also has technical-only and whole-test codes. ${noModifiers}`,
  ],
  '3': [
    'Technical part only',
    `A stand-alone code for the technical part of a test (staff and equipment), or a test covered only as a diagnostic test. ${noModifiers}`,
  ],
  '4': [
    'Whole test only',
    `A stand-alone code for a whole test that also has separate professional-only and technical-only codes. ${noModifiers}`,
  ],
  '5': [
    'Incident-to service',
    `A service given by staff under a physician's direct supervision; not paid for hospital inpatients or outpatients. ${noModifiers}`,
  ],
  '6': [
    'Lab test with a payable physician interpretation',
    "A clinical lab test for which a laboratory physician's interpretation can be paid separately; the test itself is paid from the lab fee schedule. Modifier TC cannot be used.",
  ],
  '7': [
    'Physical therapy not payable in a hospital',
    'Not paid when an independent physical or occupational therapist gives it to a hospital inpatient or outpatient.',
  ],
  '8': [
    'Physician interpretation of an abnormal smear',
    'The professional part of a lab code, paid only when a physician interprets an abnormal smear for a hospital inpatient. There is no technical-part billing.',
  ],
  '9': ['Not applicable', 'The professional/technical split does not apply to this code.'],
};

export const GLOBAL_DAYS_TERMS: Terms = {
  '000': [
    '0-day global period',
    'A minor procedure or endoscopy: related care on the day of the procedure is included in its payment, and a separate visit that day is generally not paid.',
  ],
  '010': [
    '10-day global period',
    'A minor procedure: related care on the day of the procedure and for 10 days after is included in its payment; visits in that time are generally not paid.',
  ],
  '090': [
    '90-day global period',
    'Major surgery: care from the day before the operation until 90 days after it is included in its payment.',
  ],
  MMM: ['Maternity', 'A maternity code; the usual global surgery period does not apply.'],
  XXX: ['No global period', 'The global surgery rules do not apply to this code.'],
  YYY: [
    'Global period set by the contractor',
    'The Medicare contractor decides whether a global period applies, and how long it is, when it prices the service.',
  ],
  ZZZ: [
    "Within another service's global period",
    "The code goes with another service and is always included in that service's global period.",
  ],
};
