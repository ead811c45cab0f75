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
    'CMS excluded this item or service from the physician fee schedule by regulation: there are no RVUs and no fee schedule payment. When covered it is paid another way; for drugs, devices and supplies see the other fee schedules on this page.',
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
    'Paid only when billed alone',
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

// The other PFS indicators, from the same documentation ("Multiple Procedure" through "Diagnostic Imaging Family").

export const MULTIPLE_PROCEDURE_TERMS: Terms = {
  '0': ['No multiple-procedure reduction', 'Paid in full even when billed on the same day as another procedure.'],
  '1': [
    'Pre-1995 multiple-procedure rules',
    'Older reduction rules for deleted codes: ranked by fee, paid in full, then 50%, then 25% each.',
  ],
  '2': [
    'Standard multiple-procedure reduction',
    'With other procedures on the same day, the procedures are ranked by fee: the highest is paid in full and each further one at 50% (by report after the fifth).',
  ],
  '3': [
    'Multiple endoscopy rules',
    'With another endoscopy of the same family (the same endoscopic base code), the family is priced together: the base procedure is not paid separately.',
  ],
  '4': [
    'Diagnostic imaging reduction',
    'With another imaging study of the same family in the same session, the technical part of the second and later studies is paid at 50%, and the professional part is reduced by 5%.',
  ],
  '5': [
    'Therapy practice-expense reduction',
    'Part of the practice-expense payment is reduced (to 50%) when several therapy services are given.',
  ],
  '6': [
    'Diagnostic cardiovascular reduction',
    'The technical part of the second and later diagnostic cardiovascular services is reduced by 25%.',
  ],
  '7': ['Diagnostic ophthalmology reduction', 'The technical part of the second and later diagnostic eye tests is reduced by 20%.'],
  '9': ['Does not apply', 'Multiple-procedure rules do not apply to this code.'],
};

export const BILATERAL_TERMS: Terms = {
  '0': [
    'No bilateral adjustment',
    'Done on both sides (modifier 50, or RT and LT), it is paid as one procedure: anatomy or the code itself makes a bilateral payment inappropriate.',
  ],
  '1': [
    '150% bilateral adjustment',
    'Done on both sides (modifier 50, RT and LT, or 2 units), payment is based on 150% of the fee for one side.',
  ],
  '2': ['Already bilateral', 'The RVUs already assume both sides; reported for both sides it is still paid as one procedure.'],
  '3': ['Each side paid in full', 'Usually a radiology or other diagnostic test: each side is paid at 100% of the fee.'],
  '9': ['Does not apply', 'The bilateral concept does not apply to this code.'],
};

export const ASSISTANT_TERMS: Terms = {
  '0': [
    'Assistant paid only with documentation',
    'An assistant at surgery is paid only when documentation shows one was medically necessary.',
  ],
  '1': ['Assistant never paid', 'By statute, Medicare does not pay an assistant at surgery for this procedure.'],
  '2': ['Assistant may be paid', 'An assistant at surgery may be paid.'],
  '9': ['Does not apply', 'The assistant-at-surgery concept does not apply to this code.'],
};

export const CO_SURGEON_TERMS: Terms = {
  '0': ['Co-surgeons not permitted', 'Two surgeons (modifier 62) are not paid for this procedure.'],
  '1': [
    'Co-surgeons with documentation',
    'Two surgeons of different specialties may be paid when documentation shows both were medically necessary.',
  ],
  '2': ['Co-surgeons permitted', 'Two surgeons of different specialties may be paid without extra documentation.'],
  '9': ['Does not apply', 'The co-surgeon concept does not apply to this code.'],
};

export const TEAM_SURGERY_TERMS: Terms = {
  '0': ['Team surgery not permitted', 'A surgical team (modifier 66) is not paid for this procedure.'],
  '1': ['Team surgery with documentation', 'A team may be paid, by report, when documentation shows a team was medically necessary.'],
  '2': ['Team surgery permitted', 'A surgical team may be paid, by report.'],
  '9': ['Does not apply', 'The team-surgery concept does not apply to this code.'],
};

export const SUPERVISION_TERMS: Terms = {
  '01': ['General supervision', 'The test must be done under the general supervision of a physician (the physician need not be present).'],
  '02': [
    'Direct supervision',
    'The test must be done under the direct supervision of a physician (the physician must be immediately available).',
  ],
  '03': [
    'Personal supervision',
    'A physician must be in the room during the test (certified radiology assistants may work under direct supervision).',
  ],
  '04': [
    'Psychologist or general supervision',
    'No physician supervision when a qualified psychologist does the test; otherwise general supervision.',
  ],
  '05': [
    'Audiologist or general supervision',
    'No physician supervision when a qualified audiologist does the test; otherwise general supervision.',
  ],
  '06': [
    'Physician or certified physical therapist',
    'Done by a physician or by a physical therapist certified as an electrophysiological clinical specialist.',
  ],
  '21': [
    'Certified technician under general supervision',
    'A certified technician may do it under general supervision; otherwise direct supervision.',
  ],
  '22': ['Technician with real-time physician contact', 'A technician may do it with on-line, real-time contact with a physician.'],
  '66': ['Physician or certified physical therapist', 'Done by a physician or by a physical therapist certified in this procedure.'],
  '6A': [
    'Certified physical therapist, who may supervise',
    'As 66; a certified physical therapist may also supervise another therapist, but only the certified one may bill.',
  ],
  '77': [
    'Certified physical therapist, or under supervision',
    'A certified physical therapist; or an uncertified one under direct physician supervision; or a certified technician under general supervision.',
  ],
  '7A': [
    'As 77, certified therapist may supervise',
    'As 77; a certified physical therapist may also supervise another therapist, but only the certified one may bill.',
  ],
  '09': ['Does not apply', 'The supervision rules for diagnostic tests do not apply to this code.'],
};

export const IMAGING_FAMILY_TERMS: Terms = {
  '88': [
    'Diagnostic imaging reduction family',
    'Subject to the reductions for several imaging studies in one session (technical and professional parts).',
  ],
  '99': ['Does not apply', 'Not part of a diagnostic imaging family.'],
};
