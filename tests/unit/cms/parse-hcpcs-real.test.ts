import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { HCPCS_FIELDS, RECORD_LENGTH } from '@/lib/cms/hcpcs-layout';
import type { HcpcsCatalogue, HcpcsRecord } from '@/lib/cms/hcpcs-record';
import { parseHcpcs } from '@/lib/cms/parse-hcpcs';
import { parseProcessingNotes } from '@/lib/cms/parse-proc-notes';
import { HCPCS_GZ, NOTES_TXT, readCsv, REFERENCE } from './helpers';

type Row = Record<string, string>;
const blankToNull = (value: string | undefined) => (value === undefined || value === '' ? null : value);
const list = (row: Row, prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => row[`${prefix}${i + 1}`] ?? '').filter((value) => value !== '');

/**
 * How each record field is read from the reference CSV (hcpcs_level2/hcpcs_modifiers). Together the
 * entries use every CSV column, which the test below checks.
 */
const FIELD_FROM_CSV: { [K in keyof HcpcsRecord]: { columns: string[]; read: (row: Row) => HcpcsRecord[K] } } = {
  code: { columns: ['hcpcs|modifier'], read: (row) => row.hcpcs ?? row.modifier ?? '' },
  kind: { columns: [], read: (row) => (row.hcpcs === undefined ? 'modifier' : 'procedure') },
  longDescription: { columns: ['long_description'], read: (row) => row.long_description ?? '' },
  shortDescription: { columns: ['short_description'], read: (row) => row.short_description ?? '' },
  pricingIndicators: { columns: ['pricing_indicator_1-4'], read: (row) => list(row, 'pricing_indicator_', 4) },
  multiplePricingIndicator: { columns: ['multiple_pricing_indicator'], read: (row) => blankToNull(row.multiple_pricing_indicator) },
  cimReferences: { columns: ['cim_reference_1-3'], read: (row) => list(row, 'cim_reference_', 3) },
  mcmReferences: { columns: ['mcm_reference_1-3'], read: (row) => list(row, 'mcm_reference_', 3) },
  statute: { columns: ['statute'], read: (row) => blankToNull(row.statute) },
  labCertifications: { columns: ['lab_cert_1-8'], read: (row) => list(row, 'lab_cert_', 8) },
  xrefs: { columns: ['xref_1-5'], read: (row) => list(row, 'xref_', 5) },
  coverageCode: { columns: ['coverage_code'], read: (row) => blankToNull(row.coverage_code) },
  ascPaymentGroup: { columns: ['asc_payment_group'], read: (row) => blankToNull(row.asc_payment_group) },
  ascEffectiveDate: { columns: ['asc_effective_date'], read: (row) => blankToNull(row.asc_effective_date) },
  oppsPaymentGroup: { columns: ['opps_payment_group'], read: (row) => blankToNull(row.opps_payment_group) },
  oppsPaymentIndicator: { columns: ['opps_payment_indicator'], read: (row) => blankToNull(row.opps_payment_indicator) },
  oppsEffectiveDate: { columns: ['opps_effective_date'], read: (row) => blankToNull(row.opps_effective_date) },
  processingNote: { columns: ['processing_note'], read: (row) => blankToNull(row.processing_note) },
  betos: { columns: ['betos'], read: (row) => blankToNull(row.betos) },
  typesOfService: { columns: ['type_of_service_1-5'], read: (row) => list(row, 'type_of_service_', 5) },
  anesthesiaBaseUnits: {
    columns: ['anesthesia_base_units'],
    read: (row) => (row.anesthesia_base_units ? Number(row.anesthesia_base_units) : null),
  },
  addedDate: { columns: ['added_date'], read: (row) => blankToNull(row.added_date) },
  actionEffectiveDate: { columns: ['action_effective_date'], read: (row) => blankToNull(row.action_effective_date) },
  terminationDate: { columns: ['termination_date'], read: (row) => blankToNull(row.termination_date) },
  actionCode: { columns: ['action_code'], read: (row) => blankToNull(row.action_code) },
};

/** Every field of every parsed record that differs from the CSV row with the same code. */
function differences(records: HcpcsRecord[], rows: Row[]): string[] {
  const byCode = new Map(records.map((record) => [record.code, record]));
  const out: string[] = [];
  for (const row of rows) {
    const code = FIELD_FROM_CSV.code.read(row);
    const record = byCode.get(code);
    if (!record) {
      out.push(`${code}: not parsed`);
      continue;
    }
    for (const [field, { read }] of Object.entries(FIELD_FROM_CSV)) {
      const want = JSON.stringify(read(row));
      const got = JSON.stringify(record[field as keyof HcpcsRecord]);
      if (got !== want) out.push(`${code}.${field}: parsed ${got}, CSV ${want}`);
    }
  }
  return out;
}

describe('parseHcpcs on the real January 2026 file', () => {
  let catalogue: HcpcsCatalogue;
  const procedureRows = readCsv(REFERENCE.procedures);
  const modifierRows = readCsv(REFERENCE.modifiers);

  beforeAll(() => {
    catalogue = parseHcpcs(gunzipSync(readFileSync(HCPCS_GZ)).toString('latin1'), HCPCS_GZ);
  });

  it('finds 8623 procedures and 383 modifiers, each once', () => {
    expect(catalogue.procedures).toHaveLength(8623);
    expect(catalogue.modifiers).toHaveLength(383);
    expect(new Set(catalogue.procedures.map((r) => r.code)).size).toBe(8623);
    expect(new Set(catalogue.modifiers.map((r) => r.code)).size).toBe(383);
  });

  it('maps every CSV column to a record field', () => {
    const mapped = new Set(Object.values(FIELD_FROM_CSV).flatMap(({ columns }) => columns));
    const expand = (name: string) => {
      const range = /^(.*_)(\d)-(\d)$/.exec(name);
      if (!range) return name.split('|');
      return Array.from({ length: Number(range[3]) - Number(range[2]) + 1 }, (_, i) => `${range[1]}${Number(range[2]) + i}`);
    };
    const covered = new Set([...mapped].flatMap(expand));
    for (const rows of [procedureRows, modifierRows]) {
      expect(Object.keys(rows[0] ?? {}).filter((column) => !covered.has(column))).toEqual([]);
    }
  });

  it('agrees with hcpcs_level2_2026_jan.csv on every field of every procedure', () => {
    expect(procedureRows).toHaveLength(8623);
    expect(differences(catalogue.procedures, procedureRows).slice(0, 20)).toEqual([]);
  });

  it('agrees with hcpcs_modifiers_2026_jan.csv on every field of every modifier', () => {
    expect(modifierRows).toHaveLength(383);
    expect(differences(catalogue.modifiers, modifierRows).slice(0, 20)).toEqual([]);
  });

  it('reads the spot-check record S9986 as documented', () => {
    expect(catalogue.procedures.find((r) => r.code === 'S9986')).toMatchObject({
      coverageCode: 'I',
      pricingIndicators: ['00'],
      betos: 'Z2',
      typesOfService: ['9'],
      processingNote: '0088',
      addedDate: '2002-01-01',
      terminationDate: null,
    });
  });
});

describe('parseProcessingNotes on the real notes', () => {
  it('agrees with hcpcs_processing_notes_2026_jan.csv note by note', () => {
    const notes = parseProcessingNotes(readFileSync(NOTES_TXT, 'latin1'), NOTES_TXT);
    const expected = Object.fromEntries(readCsv(REFERENCE.notes).map((row) => [row.note_number, row.text]));
    expect(Object.keys(expected)).toHaveLength(234);
    expect(notes).toEqual(expected);
  });
});

describe('the HCPCS field table', () => {
  it('keeps every field inside the 320-character record, with no two fields overlapping', () => {
    const used = new Map<number, string>();
    for (const [name, field] of Object.entries(HCPCS_FIELDS)) {
      if (name === 'code' || name === 'modifierFiller') continue; // these two redefine columns 1–5, as the layout does
      const width = field.to - field.from + 1;
      const occurs = 'occurs' in field ? field.occurs : 1;
      for (let column = field.from; column < field.from + width * occurs; column++) {
        expect(used.get(column), `${name} overlaps ${used.get(column)} at column ${column}`).toBeUndefined();
        used.set(column, name);
      }
    }
    expect(Math.max(...used.keys())).toBeLessThanOrEqual(RECORD_LENGTH);
  });
});
