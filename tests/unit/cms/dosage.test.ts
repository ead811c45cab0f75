import { describe, expect, it } from 'vitest';
import { dosageUnit } from '@/lib/cms/dosage';
import { readCsv, REFERENCE } from './helpers';

const descriptors = new Map(readCsv(REFERENCE.procedures).map((row) => [row.hcpcs ?? '', row.long_description ?? '']));
const of = (code: string) => {
  const text = descriptors.get(code);
  if (text === undefined) throw new Error(`${code} is not in the CSV`);
  return dosageUnit(text);
};

describe('dosageUnit', () => {
  it('reads the billing unit of real J codes', () => {
    expect(of('J9271')).toBe('1 mg'); // Injection, pembrolizumab, 1 mg
    expect(of('J1071')).toBe('1 mg'); // Injection, testosterone cypionate, 1 mg
    expect(of('J3420')).toBe('1000 mcg'); // …, up to 1000 mcg
    expect(of('J0585')).toBe('1 unit'); // Injection, onabotulinumtoxina, 1 unit
    expect(of('J3520')).toBe('150 mg'); // Edetate disodium, per 150 mg
    expect(of('J0584')).toBe('1 mg'); // Injection, burosumab-twza 1 mg (no comma before the dose)
    expect(of('J0725')).toBe('1,000 USP units'); // …, per 1,000 usp units
    expect(of('J0604')).toBe('1 mg'); // Cinacalcet, oral, 1 mg, (for esrd on dialysis)
  });

  it('returns null when there is no single plain dose', () => {
    expect(of('J3490')).toBeNull(); // Unclassified drugs
    expect(of('J0695')).toBeNull(); // ceftolozane 50 mg and tazobactam 25 mg
    expect(of('J0573')).toBeNull(); // greater than 3 mg, but less than or equal to 6 mg buprenorphine
    expect(of('J9015')).toBeNull(); // per single use vial
  });

  it('handles the wording variants in descriptors', () => {
    expect(dosageUnit('Injection, example, per 10 mg')).toBe('10 mg');
    expect(dosageUnit('Injection, example, per milligram')).toBe('1 mg');
    expect(dosageUnit('Injection, example, 5mg')).toBe('5 mg');
    expect(dosageUnit('Injection, example, 2 micrograms')).toBe('2 mcg');
    expect(dosageUnit('Injection, example, 10 units')).toBe('10 units');
    expect(dosageUnit('Injection, example, per i.u.')).toBe('1 IU');
    expect(dosageUnit('Injection, example, 0.5 mg (for esrd on dialysis)')).toBe('0.5 mg');
    expect(dosageUnit('Wheelchair, folding')).toBeNull();
    expect(dosageUnit('')).toBeNull();
  });

  it('finds a dose in most J-code descriptors', () => {
    const jCodes = [...descriptors.entries()].filter(([code]) => code.startsWith('J'));
    const withDose = jCodes.filter(([, text]) => dosageUnit(text) !== null);
    expect(withDose.length / jCodes.length).toBeGreaterThan(0.85);
  });
});
