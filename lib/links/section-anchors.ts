/**
 * Section anchors of a code page that other sites link to (/codes/S9986/#faq). A public contract, listed in the
 * README ("For sites that link to us") and checked by tests/e2e/links-urls.spec.ts: never rename or drop one.
 * `when` says which pages have the section.
 */
export const SECTION_ANCHORS = [
  { id: 'at-a-glance', when: 'HCPCS and CPT codes' },
  { id: 'plain-language', when: 'reviewed codes with plain-language terms or synonyms' },
  { id: 'descriptor', when: 'every code' },
  { id: 'payment', when: 'HCPCS and CPT codes' },
  { id: 'status', when: 'codes in the loaded CMS release' },
  { id: 'history', when: 'codes in the loaded HCPCS file' },
  { id: 'rvu', when: 'codes in the Physician Fee Schedule file (inside #payment)' },
  { id: 'dmepos', when: 'codes in the DMEPOS fee schedule (inside #payment)' },
  { id: 'asp', when: 'drugs in the ASP payment limit files (inside #payment)' },
  { id: 'ndc', when: 'drugs with NDCs in the NDC–HCPCS crosswalk (inside #asp)' },
  { id: 'clfs', when: 'codes in the Clinical Laboratory Fee Schedule (inside #payment)' },
  { id: 'opps', when: 'codes in OPPS Addendum B (inside #payment)' },
  { id: 'references', when: 'codes with CIM, MCM or statute references in the HCPCS file (inside #status)' },
  { id: 'clinical-context', when: 'reviewed codes' },
  { id: 'billing', when: 'reviewed codes' },
  { id: 'documentation', when: 'reviewed codes' },
  { id: 'modifiers', when: 'reviewed codes with common modifiers' },
  { id: 'specialties', when: 'reviewed codes with specialties or sites of service' },
  { id: 'payer-notes', when: 'reviewed codes with payer notes' },
  { id: 'faq', when: 'reviewed codes with questions' },
  { id: 'related', when: 'every code' },
  { id: 'guides', when: 'reviewed codes discussed in a guide' },
  { id: 'details', when: 'reviewed codes with more detail' },
  { id: 'sources', when: 'every code' },
] as const;

export type SectionAnchor = (typeof SECTION_ANCHORS)[number]['id'];

/**
 * Ids a guide page gives its own elements (components/guide-article.tsx, components/site-document.tsx). A question's id
 * becomes an anchor on the same page (/guides/medical-necessity/#ncd-and-lcd), so it must not be one of these.
 */
export const GUIDE_PAGE_IDS: readonly string[] = ['main', 'codes', 'sources'];
