import { MODIFIER_PATTERN, RECORD_CODE_PATTERN } from '../codes/patterns';
import { CmsFileError, FIX_REDOWNLOAD } from './cms-file-error';
import { RECORD_LENGTH, readField, readRepeated } from './hcpcs-layout';
import { type HcpcsCatalogue, type HcpcsRecord, hcpcsRecordSchema } from './hcpcs-record';
import { type Progress, silentProgress } from './progress';

const FIX_NOT_HCPCS =
  'check that this is the CMS HCPCS fixed-width file (HCPC<year>_<month>_ANWEB_*.txt), not an edited copy; re-download it from CMS if it is';
const TICK_EVERY = 500;

type Kind = HcpcsRecord['kind'];
type Open = { kind: Kind; code: string; line: number; start: string; descriptions: string[] };

/**
 * Parses the HCPCS fixed-width release text (HCPC<year>_<month>_ANWEB_*.txt) by the official
 * record layout. `file` names the file in error messages. Throws CmsFileError on anything
 * unexpected; it never returns a partial catalogue.
 */
export function parseHcpcs(text: string, file: string, options: { progress?: Progress } = {}): HcpcsCatalogue {
  const progress = options.progress ?? silentProgress;
  if (text.trim() === '') {
    throw new CmsFileError({ file, problem: 'the file is empty', expected: 'HCPCS fixed-width records', fix: FIX_REDOWNLOAD });
  }
  const catalogue: HcpcsCatalogue = { procedures: [], modifiers: [] };
  const seen = new Map<string, number>();
  let open: Open | undefined;
  const close = () => {
    if (!open) return;
    const record = buildRecord(open, file);
    const key = `${record.kind}:${record.code}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new CmsFileError({
        file,
        line: open.line,
        problem: `duplicate ${record.kind} code ${record.code} (also on line ${first})`,
        expected: 'each code once',
        fix: FIX_NOT_HCPCS,
      });
    }
    seen.set(key, open.line);
    (record.kind === 'procedure' ? catalogue.procedures : catalogue.modifiers).push(record);
    open = undefined;
  };

  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (index % TICK_EVERY === TICK_EVERY - 1) progress.tick(TICK_EVERY);
    const line = (lines[index] ?? '').replace(/\r$/, '');
    const lineNo = index + 1;
    // The 2026 file ends with a line of 296 spaces; blank lines carry nothing.
    if (line.trim() === '') continue;
    checkLength(line, file, lineNo);
    const type = line[10] ?? '';
    if (type === '3' || type === '7') {
      close();
      const kind: Kind = type === '3' ? 'procedure' : 'modifier';
      open = {
        kind,
        code: readCode(line, kind, file, lineNo),
        line: lineNo,
        start: line,
        descriptions: [readField(line, 'longDescription')],
      };
    } else if (type === '4' || type === '8') {
      const kind: Kind = type === '4' ? 'procedure' : 'modifier';
      const code = readCode(line, kind, file, lineNo);
      if (!open || open.kind !== kind || open.code !== code) {
        throw new CmsFileError({
          file,
          line: lineNo,
          problem: `continuation line (record type ${type}) for ${kind} ${code} has no start line before it`,
          expected: `a record type ${type === '4' ? 3 : 7} line for ${code} first`,
          fix: 're-download the file from CMS; lines are missing or out of order',
        });
      }
      open.descriptions.push(readField(line, 'longDescription'));
    } else {
      throw new CmsFileError({
        file,
        line: lineNo,
        problem: `unknown record type "${type}" in column 11`,
        expected: '3 or 7 (first line of a procedure or modifier) or 4 or 8 (a continuation line)',
        fix: FIX_NOT_HCPCS,
      });
    }
  }
  close();
  progress.tick(lines.length % TICK_EVERY);
  if (catalogue.procedures.length === 0) {
    throw new CmsFileError({ file, problem: 'the file has no procedure records', expected: 'record type 3 lines', fix: FIX_NOT_HCPCS });
  }
  return catalogue;
}

function checkLength(line: string, file: string, lineNo: number): void {
  if (line.length < RECORD_LENGTH) {
    throw new CmsFileError({
      file,
      line: lineNo,
      problem: `line is ${line.length} characters long`,
      expected: `${RECORD_LENGTH}-character records`,
      fix: 're-download the file from CMS; it looks truncated',
    });
  }
  // CMS pads a few lines past column 320 with spaces (G9871 in 2026); anything else is not ours.
  if (line.slice(RECORD_LENGTH).trim() !== '') {
    throw new CmsFileError({
      file,
      line: lineNo,
      problem: `line has text past column ${RECORD_LENGTH}`,
      expected: `${RECORD_LENGTH}-character records`,
      fix: FIX_NOT_HCPCS,
    });
  }
}

function readCode(line: string, kind: Kind, file: string, lineNo: number): string {
  const code = kind === 'procedure' ? readField(line, 'code') : readField(line, 'modifier');
  const ok =
    kind === 'procedure' ? RECORD_CODE_PATTERN.test(code) : MODIFIER_PATTERN.test(code) && readField(line, 'modifierFiller') === '';
  if (!ok) {
    throw new CmsFileError({
      file,
      line: lineNo,
      problem: `"${line.slice(0, 5)}" is not a ${kind} code`,
      expected: kind === 'procedure' ? 'a 5-character code in columns 1–5' : 'a 2-character modifier in columns 4–5',
      fix: FIX_NOT_HCPCS,
    });
  }
  return code;
}

function buildRecord(open: Open, file: string): HcpcsRecord {
  const { start: line, line: lineNo, code } = open;
  const text = (name: Parameters<typeof readField>[1]) => readField(line, name) || null;
  const date = (name: 'ascEffectiveDate' | 'oppsEffectiveDate' | 'addedDate' | 'actionEffectiveDate' | 'terminationDate') =>
    isoDate(readField(line, name), name, code, file, lineNo);
  const units = readField(line, 'anesthesiaBaseUnits');
  if (units !== '' && !/^\d+$/.test(units)) {
    throw new CmsFileError({
      file,
      line: lineNo,
      problem: `anesthesia base units "${units}" for ${code} is not a number`,
      expected: 'a whole number in columns 266–268',
      fix: FIX_REDOWNLOAD,
    });
  }
  const candidate = {
    code,
    kind: open.kind,
    longDescription: open.descriptions.join(' ').replace(/\s+/g, ' ').trim(),
    shortDescription: readField(line, 'shortDescription'),
    pricingIndicators: readRepeated(line, 'pricingIndicator'),
    multiplePricingIndicator: text('multiplePricingIndicator'),
    cimReferences: readRepeated(line, 'cimReference'),
    mcmReferences: readRepeated(line, 'mcmReference'),
    statute: text('statute'),
    labCertifications: readRepeated(line, 'labCertification'),
    xrefs: readRepeated(line, 'xref'),
    coverageCode: text('coverageCode'),
    ascPaymentGroup: text('ascPaymentGroup'),
    ascEffectiveDate: date('ascEffectiveDate'),
    oppsPaymentGroup: text('oppsPaymentGroup'),
    oppsPaymentIndicator: text('oppsPaymentIndicator'),
    oppsEffectiveDate: date('oppsEffectiveDate'),
    processingNote: text('processingNote'),
    betos: text('betos'),
    typesOfService: readRepeated(line, 'typeOfService'),
    anesthesiaBaseUnits: units === '' ? null : Number(units),
    addedDate: date('addedDate'),
    actionEffectiveDate: date('actionEffectiveDate'),
    terminationDate: date('terminationDate'),
    actionCode: text('actionCode'),
  };
  const result = hcpcsRecordSchema.safeParse(candidate);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') ?? 'record';
    throw new CmsFileError({
      file,
      line: lineNo,
      problem: `${open.kind} ${code} has an invalid ${field} (${issue?.message ?? 'invalid'})`,
      expected: 'values as defined in the CMS record layout',
      fix: FIX_REDOWNLOAD,
    });
  }
  return result.data;
}

const DATE_LABELS = {
  ascEffectiveDate: 'ASC effective date',
  oppsEffectiveDate: 'OPPS effective date',
  addedDate: 'added date',
  actionEffectiveDate: 'action effective date',
  terminationDate: 'termination date',
} as const;

/** YYYYMMDD → YYYY-MM-DD; blank → null; anything else (20261399) throws. */
function isoDate(raw: string, name: keyof typeof DATE_LABELS, code: string, file: string, line: number): string | null {
  if (raw === '') return null;
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  const iso = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (!match || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) {
    throw new CmsFileError({
      file,
      line,
      problem: `${DATE_LABELS[name]} "${raw}" for ${code} is not a real date`,
      expected: 'a date as YYYYMMDD, such as 20260101',
      fix: FIX_REDOWNLOAD,
    });
  }
  return iso;
}
