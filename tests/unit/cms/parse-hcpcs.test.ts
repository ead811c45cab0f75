import { describe, expect, it } from 'vitest';
import { CmsFileError } from '@/lib/cms/cms-file-error';
import { parseHcpcs } from '@/lib/cms/parse-hcpcs';
import { cmsError, hcpcsLine, procedure } from './helpers';

const crlf = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const NOT_HCPCS =
  'Fix: check that this is the CMS HCPCS fixed-width file (HCPC<year>_<month>_ANWEB_*.txt), not an edited copy; re-download it from CMS if it is';
const DAMAGED = 'Fix: re-download the file from CMS; it looks truncated or damaged';

describe('parseHcpcs on small hand-made files', () => {
  it('joins long-description continuations with single spaces and reads modifiers from columns 4–5', () => {
    const text = crlf(
      procedure('A0001', 'Widget,  first   part', { pricingIndicator: '00', typeOfService: '9', anesthesiaBaseUnits: '  0' }),
      hcpcsLine('4', { code: 'A0001', longDescription: '   second part' }),
      hcpcsLine('4', { code: 'A0001', longDescription: 'third' }),
      `${hcpcsLine('7', { modifier: 'GA', longDescription: 'Waiver of liability on file', shortDescription: 'Waiver on file', coverageCode: 'C' })}      `,
      hcpcsLine('8', { modifier: 'GA', longDescription: 'individual case' }),
      ' '.repeat(296),
    );
    const { procedures, modifiers } = parseHcpcs(text, 'small.txt');
    expect(procedures).toEqual([
      expect.objectContaining({
        code: 'A0001',
        kind: 'procedure',
        longDescription: 'Widget, first part second part third',
        shortDescription: 'Widget,  first   part',
        pricingIndicators: ['00'],
        typesOfService: ['9'],
        anesthesiaBaseUnits: 0,
        addedDate: '2026-01-01',
        terminationDate: null,
        actionCode: 'A',
      }),
    ]);
    expect(modifiers).toEqual([
      expect.objectContaining({
        code: 'GA',
        kind: 'modifier',
        longDescription: 'Waiver of liability on file individual case',
        coverageCode: 'C',
        anesthesiaBaseUnits: null,
        addedDate: null,
      }),
    ]);
  });

  it('ticks progress once per line', () => {
    let ticks = 0;
    parseHcpcs(crlf(procedure('A0001', 'One'), procedure('A0002', 'Two')), 'p.txt', {
      progress: { tick: (n = 1) => void (ticks += n), done() {}, stop() {} },
    });
    expect(ticks).toBe(3); // two records and the empty string after the last CRLF
  });
});

describe('parseHcpcs rejects damaged files with a CmsFileError', () => {
  const fails = (text: string, file = 'bad.txt') => ({
    withMessage: (message: string) => expect(cmsError(() => parseHcpcs(text, file)).message).toBe(message),
  });

  it('an empty file', () => {
    fails('', 'empty.txt').withMessage('empty.txt: the file is empty; expected HCPCS fixed-width records. ' + DAMAGED);
    fails(' \r\n \r\n', 'blank.txt').withMessage('blank.txt: the file is empty; expected HCPCS fixed-width records. ' + DAMAGED);
  });

  it('a short line', () => {
    fails(crlf(procedure('A0001', 'One'), procedure('A0002', 'Two').slice(0, 120))).withMessage(
      'bad.txt:2: line is 120 characters long; expected 320-character records. Fix: re-download the file from CMS; it looks truncated',
    );
  });

  it('text past column 320', () => {
    fails(crlf(`${procedure('A0001', 'One')}  x`)).withMessage(
      `bad.txt:1: line has text past column 320; expected 320-character records. ${NOT_HCPCS}`,
    );
  });

  it('an unknown record type', () => {
    const line = procedure('A0002', 'Two');
    fails(crlf(procedure('A0001', 'One'), `${line.slice(0, 10)}5${line.slice(11)}`)).withMessage(
      `bad.txt:2: unknown record type "5" in column 11; expected 3 or 7 (first line of a procedure or modifier) or 4 or 8 (a continuation line). ${NOT_HCPCS}`,
    );
  });

  it('a continuation with no start', () => {
    fails(crlf(hcpcsLine('4', { code: 'A0001', longDescription: 'orphan' }))).withMessage(
      'bad.txt:1: continuation line (record type 4) for procedure A0001 has no start line before it; expected a record type 3 line for A0001 first. Fix: re-download the file from CMS; lines are missing or out of order',
    );
    // A continuation of another code than the one being read counts too.
    fails(crlf(procedure('A0001', 'One'), hcpcsLine('8', { modifier: 'GA', longDescription: 'orphan' }))).withMessage(
      'bad.txt:2: continuation line (record type 8) for modifier GA has no start line before it; expected a record type 7 line for GA first. Fix: re-download the file from CMS; lines are missing or out of order',
    );
  });

  it('a bad date', () => {
    fails(crlf(procedure('A0001', 'One', { terminationDate: '20261399' }))).withMessage(
      `bad.txt:1: termination date "20261399" for A0001 is not a real date; expected a date as YYYYMMDD, such as 20260101. ${DAMAGED}`,
    );
    fails(crlf(procedure('A0001', 'One', { addedDate: '20250229' }))).withMessage(
      `bad.txt:1: added date "20250229" for A0001 is not a real date; expected a date as YYYYMMDD, such as 20260101. ${DAMAGED}`,
    );
  });

  it('a code that is not a code', () => {
    fails(crlf(procedure('a0001', 'One'))).withMessage(
      `bad.txt:1: "a0001" is not a procedure code; expected a 5-character code in columns 1–5. ${NOT_HCPCS}`,
    );
    fails(crlf(hcpcsLine('7', { code: 'XYZGA', longDescription: 'x', shortDescription: 'x' }))).withMessage(
      `bad.txt:1: "XYZGA" is not a modifier code; expected a 2-character modifier in columns 4–5. ${NOT_HCPCS}`,
    );
  });

  it('a value the layout does not allow', () => {
    fails(crlf(procedure('A0001', 'One', { pricingIndicator: 'X1' }))).withMessage(
      `bad.txt:1: procedure A0001 has an invalid pricingIndicators.0 (Invalid string: must match pattern /^\\d{2}$/); expected values as defined in the CMS record layout. ${DAMAGED}`,
    );
    fails(crlf(procedure('A0001', 'One', { anesthesiaBaseUnits: ' x1' }))).withMessage(
      `bad.txt:1: anesthesia base units "x1" for A0001 is not a number; expected a whole number in columns 266–268. ${DAMAGED}`,
    );
  });

  it('a duplicate code', () => {
    fails(crlf(procedure('A0001', 'One'), procedure('A0002', 'Two'), procedure('A0001', 'Again'))).withMessage(
      `bad.txt:3: duplicate procedure code A0001 (also on line 1); expected each code once. ${NOT_HCPCS}`,
    );
  });

  it('a file with modifiers but no procedures', () => {
    fails(crlf(hcpcsLine('7', { modifier: 'GA', longDescription: 'x', shortDescription: 'x' }))).withMessage(
      `bad.txt: the file has no procedure records; expected record type 3 lines. ${NOT_HCPCS}`,
    );
  });

  it('sets file and line on the error', () => {
    const error = (() => {
      try {
        parseHcpcs(crlf(procedure('A0001', 'One').slice(0, 10)), 'f.txt');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CmsFileError);
    expect(error).toMatchObject({ name: 'CmsFileError', file: 'f.txt', line: 1, problem: 'line is 10 characters long' });
  });
});
