// Berenson-Eggers type of service (BETOS) groups, from the BETOS_TB table at the end of CMS's
// HCPCS record layout (HCPC2026_recordlayout.txt). Labels are CMS's, with spelling fixed.
const TABLE = `
D1A Medical and surgical supplies|D1B Hospital beds|D1C Oxygen and supplies|D1D Wheelchairs|D1E Other durable medical equipment
D1F Prosthetic and orthotic devices|D1G Drugs given through durable medical equipment
I1A Standard imaging: chest|I1B Standard imaging: musculoskeletal|I1C Standard imaging: breast
I1D Standard imaging: contrast gastrointestinal|I1E Standard imaging: nuclear medicine|I1F Standard imaging: other
I2A Advanced imaging: CT of brain, head or neck|I2B Advanced imaging: CT, other|I2C Advanced imaging: MRI of brain, head or neck
I2D Advanced imaging: MRI, other|I3A Ultrasound: eye|I3B Ultrasound: abdomen and pelvis|I3C Ultrasound: heart
I3D Ultrasound: carotid arteries|I3E Ultrasound: prostate, transrectal|I3F Ultrasound: other
I4A Imaging procedure: heart, including cardiac catheterization|I4B Imaging procedure: other
M1A Office visits: new patient|M1B Office visits: established patient|M2A Hospital visit: initial|M2B Hospital visit: subsequent
M2C Hospital visit: critical care|M3 Emergency room visit|M4A Home visit|M4B Nursing home visit
M5A Specialist: pathology|M5B Specialist: psychiatry|M5C Specialist: ophthalmology|M5D Specialist: other|M6 Consultations
O1A Ambulance|O1B Chiropractic|O1C Enteral and parenteral nutrition|O1D Chemotherapy|O1E Other drugs
O1F Hearing and speech services|O1G Immunizations and vaccinations|O1L Lymphedema compression treatment items
P0 Anesthesia|P1A Major procedure: breast|P1B Major procedure: colectomy|P1C Major procedure: cholecystectomy
P1D Major procedure: prostate resection (TURP)|P1E Major procedure: hysterectomy
P1F Major procedure: spine exploration, decompression or disc excision|P1G Major procedure: other
P2A Major heart and vessel procedure: bypass graft (CABG)|P2B Major heart and vessel procedure: aneurysm repair
P2C Major heart and vessel procedure: thromboendarterectomy|P2D Major heart and vessel procedure: coronary angioplasty (PTCA)
P2E Major heart and vessel procedure: pacemaker insertion|P2F Major heart and vessel procedure: other
P3A Major orthopedic procedure: hip fracture repair|P3B Major orthopedic procedure: hip replacement
P3C Major orthopedic procedure: knee replacement|P3D Major orthopedic procedure: other
P4A Eye procedure: corneal transplant|P4B Eye procedure: cataract removal or lens insertion|P4C Eye procedure: retinal detachment
P4D Eye procedure: treatment of retinal lesions|P4E Eye procedure: other
P5A Ambulatory procedure: skin|P5B Ambulatory procedure: musculoskeletal|P5C Ambulatory procedure: inguinal hernia repair
P5D Ambulatory procedure: lithotripsy|P5E Ambulatory procedure: other
P6A Minor procedure: skin|P6B Minor procedure: musculoskeletal|P6C Minor procedure: other (Medicare fee schedule)
P6D Minor procedure: other (non-Medicare fee schedule)|P7A Oncology: radiation therapy|P7B Oncology: other
P8A Endoscopy: arthroscopy|P8B Endoscopy: upper gastrointestinal|P8C Endoscopy: sigmoidoscopy|P8D Endoscopy: colonoscopy
P8E Endoscopy: cystoscopy|P8F Endoscopy: bronchoscopy|P8G Endoscopy: laparoscopic cholecystectomy|P8H Endoscopy: laryngoscopy
P8I Endoscopy: other|P9A Dialysis services (Medicare fee schedule)|P9B Dialysis services (non-Medicare fee schedule)
T1A Lab tests: routine venipuncture (non-Medicare fee schedule)|T1B Lab tests: automated general profiles|T1C Lab tests: urinalysis
T1D Lab tests: blood counts|T1E Lab tests: glucose|T1F Lab tests: bacterial cultures|T1G Lab tests: other (Medicare fee schedule)
T1H Lab tests: other (non-Medicare fee schedule)|T2A Other tests: electrocardiograms|T2B Other tests: cardiovascular stress tests
T2C Other tests: EKG monitoring|T2D Other tests: other
Y1 Other: Medicare fee schedule|Y2 Other: non-Medicare fee schedule|Z1 Local codes|Z2 Undefined codes`;

/** The broad family each BETOS code belongs to, by its first letter. */
const FAMILIES: Readonly<Record<string, string>> = {
  D: 'durable medical equipment',
  I: 'imaging',
  M: 'evaluation and management (visits)',
  O: 'other services',
  P: 'procedures',
  T: 'tests',
  Y: 'other services',
  Z: 'codes CMS does not group',
};

export const BETOS_TERMS: Readonly<Record<string, readonly [string, string]>> = Object.fromEntries(
  TABLE.trim()
    .split(/[|\n]/)
    .map((entry) => {
      const [code = '', ...words] = entry.trim().split(' ');
      const label = words.join(' ');
      const family = FAMILIES[code.charAt(0)] ?? 'other services';
      return [
        code,
        [
          label,
          `CMS's Berenson-Eggers type of service group, used to study Medicare spending by kind of service. This code is in the ${family} family: ${label.charAt(0).toLowerCase()}${label.slice(1)}.`,
        ] as const,
      ];
    }),
);
