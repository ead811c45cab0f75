import { describe, expect, it } from 'vitest';
import { groupIntoRanges, SERIES_NAMES, seriesOf } from '@/lib/codes/series';
import { browseRangeSchema } from '@/lib/page-schema';
import { readCsv, REFERENCE } from '../cms/helpers';

const codes = readCsv(REFERENCE.procedures).map((row) => row.hcpcs ?? '');

describe('HCPCS series', () => {
  it('names every series that occurs in the release', () => {
    const letters = [...new Set(codes.map((code) => code.charAt(0)))].sort();
    expect(letters.filter((letter) => SERIES_NAMES[letter] === undefined)).toEqual([]);
    expect(seriesOf('J9271')).toEqual({ letter: 'J', name: 'Drugs administered other than by mouth' });
    expect(seriesOf('E0100')?.name).toBe('Durable medical equipment');
    expect(seriesOf('96999')).toBeNull();
    expect(seriesOf('GA')).toBeNull();
    expect(seriesOf('W1234')).toBeNull();
  });
});

describe('groupIntoRanges', () => {
  it('keeps a small series in one range named for its code space', () => {
    expect(groupIntoRanges(['R0075', 'R0070', 'R0076'])).toEqual([
      { slug: 'r0000-r0999', label: 'R0000–R0999', codes: ['R0070', 'R0075', 'R0076'] },
    ]);
    expect(groupIntoRanges([])).toEqual([]);
  });

  it('splits a large two-character bucket by three characters and merges neighbours up to the max', () => {
    const e = ['E0100', 'E0105', 'E0110', 'E0130', 'E0200', 'E0210', 'E0300', 'E1000'];
    expect(groupIntoRanges(e, 3)).toEqual([
      { slug: 'e0100-e0199', label: 'E0100–E0199', codes: ['E0100', 'E0105', 'E0110', 'E0130'] }, // over the max, but cannot split further
      { slug: 'e0200-e0399', label: 'E0200–E0399', codes: ['E0200', 'E0210', 'E0300'] },
      { slug: 'e1000-e1999', label: 'E1000–E1999', codes: ['E1000'] },
    ]);
  });

  it('splits every real series into contiguous ranges of at most 200, covering every code once', () => {
    for (const letter of Object.keys(SERIES_NAMES)) {
      const series = codes.filter((code) => code.startsWith(letter));
      const ranges = groupIntoRanges(series);
      expect(ranges.flatMap((range) => range.codes)).toEqual([...series].sort());
      for (const range of ranges) {
        browseRangeSchema.pick({ slug: true, label: true, codes: true }).parse(range);
        expect(range.codes.length, range.label).toBeLessThanOrEqual(200);
        const [from, to] = range.label.split('–');
        expect(
          range.codes.every((code) => code >= (from ?? '') && code <= (to ?? '')),
          range.label,
        ).toBe(true);
      }
      expect(new Set(ranges.map((range) => range.slug)).size).toBe(ranges.length);
    }
  });

  it('gives the same slugs for the same codes in any order', () => {
    const g = codes.filter((code) => code.startsWith('G'));
    expect(groupIntoRanges([...g].reverse()).map((r) => r.slug)).toEqual(groupIntoRanges(g).map((r) => r.slug));
  });

  it('refuses codes from more than one series', () => {
    expect(() => groupIntoRanges(['A0021', 'B4034'])).toThrow(
      'groupIntoRanges: "B4034" is not in series A; pass the codes of one HCPCS series',
    );
    expect(() => groupIntoRanges(['99213'])).toThrow(
      'groupIntoRanges: "99213" is not a HCPCS Level II code; pass the codes of one HCPCS series',
    );
  });
});
