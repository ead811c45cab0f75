import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseRow, UniqueRows } from '@/lib/cms/row-checks';

const schema = z.object({ code: z.string().regex(/^[A-Z]\d{4}$/, 'a code such as E0601'), rate: z.number().min(0) });
const where = { file: 'fees.csv', line: 7, expected: 'a code and a rate', fix: 're-download it' };

describe('parseRow', () => {
  it('gives the row as the schema reads it', () => {
    expect(parseRow(schema, { code: 'E0601', rate: 1.5 }, where)).toEqual({ code: 'E0601', rate: 1.5 });
  });

  it('names the file, line, first failing field and its value', () => {
    expect(() => parseRow(schema, { code: 'E06', rate: 1 }, where)).toThrow(
      'fees.csv:7: code is "E06"; expected a code and a rate. Fix: re-download it',
    );
  });

  it('adds the schema message to what was expected when asked', () => {
    expect(() => parseRow(schema, { code: 'E06', rate: 1 }, { ...where, withReason: true })).toThrow(
      'fees.csv:7: code is "E06"; expected a code and a rate: a code such as E0601. Fix: re-download it',
    );
  });
});

describe('UniqueRows', () => {
  it('accepts each key once and refuses a second row with it, naming the first line', () => {
    const rows = new UniqueRows('fees.csv', 'one row per code', 're-download it');
    rows.add('E0601', 2);
    rows.add('E0602', 3);
    expect(() => rows.add('E0601', 9)).toThrow(
      'fees.csv:9: E0601 appears twice (also on line 2); expected one row per code. Fix: re-download it',
    );
  });
});
