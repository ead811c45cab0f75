import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  explainActionCode,
  explainBetos,
  explainCoverage,
  explainGlobalDays,
  explainPcTc,
  explainPfsStatus,
  explainPricingIndicator,
  explainTypeOfService,
  explanationSchema,
  KNOWN_VALUES,
} from '@/lib/cms/explain';
import { LAYOUT_TXT, readCsv, REFERENCE, RVU_CSV, RVU_DOCS } from './helpers';

const hcpcsRows = [...readCsv(REFERENCE.procedures), ...readCsv(REFERENCE.modifiers)];
const rvuRows = readCsv(RVU_CSV);
/** Distinct non-blank values of the given columns. */
const distinct = (rows: Record<string, string>[], ...columns: string[]) =>
  [...new Set(rows.flatMap((row) => columns.map((column) => row[column] ?? '')))].filter((value) => value !== '').sort();
const numbered = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

const layout = readFileSync(LAYOUT_TXT, 'latin1').replace(/\r\n/g, '\n');
const rvuDocs = readFileSync(RVU_DOCS, 'latin1');
/** The text of an official document from one marker up to the next. */
const section = (text: string, from: RegExp, to: RegExp) => {
  const start = text.search(from);
  const end = start < 0 ? -1 : text.slice(start + 1).search(to) + start + 1;
  if (start < 0 || end <= start) throw new Error(`section ${from} … ${to} not found`);
  return text.slice(start, end);
};
const codesIn = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1] ?? '').sort();

/** Each explainer, the values that occur in the real files, and the values the official documents define. */
const CASES = [
  {
    name: 'coverage',
    explain: explainCoverage,
    known: KNOWN_VALUES.coverage,
    occurs: distinct(hcpcsRows, 'coverage_code'),
    documented: codesIn(section(layout, /16\.\s+HCPCS Coverage Code/, /17\.\s+HCPCS/), /^\s+([A-Z]) = /gm),
  },
  {
    name: 'pricing indicator',
    explain: explainPricingIndicator,
    known: KNOWN_VALUES.pricingIndicator,
    occurs: distinct(hcpcsRows, ...numbered('pricing_indicator_', 4)),
    documented: codesIn(section(layout, /9\.\s+HCPCS Pricing Indicator Code/, /10\.\s+HCPCS/), /^\s+(\d{2}) = /gm),
  },
  {
    name: 'action code',
    explain: explainActionCode,
    known: KNOWN_VALUES.actionCode,
    occurs: distinct(hcpcsRows, 'action_code'),
    documented: codesIn(section(layout, /30\.\s+HCPCS Action Code/, /31\.\s+FILLER/), /^\s+([A-Z]) = /gm),
  },
  {
    name: 'type of service',
    explain: explainTypeOfService,
    known: KNOWN_VALUES.typeOfService,
    occurs: distinct(hcpcsRows, ...numbered('type_of_service_', 5)),
    documented: codesIn(section(layout, /CMS Type of Service Table/, /\n\s*\n\s*\n\s*\n|$(?![\s\S])/), /^\s+([0-9A-Z]) = /gm),
  },
  {
    name: 'BETOS',
    explain: explainBetos,
    known: KNOWN_VALUES.betos,
    occurs: distinct(hcpcsRows, 'betos'),
    documented: codesIn(section(layout, /BETOS Table/, /CMS_TYPE_SRVC_TB/), /^\s+([A-Z]\d[A-Z]?)\s+= /gm),
  },
  {
    name: 'PFS status',
    explain: explainPfsStatus,
    known: KNOWN_VALUES.pfsStatus,
    occurs: distinct(rvuRows, 'status_code'),
    documented: codesIn(section(rvuDocs, /STATUS CODE\s+A =/, /PC\/TC INDICATOR/), /^\s*(?:STATUS CODE\s+)?([A-Z])\s*=/gm),
  },
  {
    name: 'PC/TC indicator',
    explain: explainPcTc,
    known: KNOWN_VALUES.pcTc,
    occurs: distinct(rvuRows, 'pctc_indicator'),
    documented: codesIn(section(rvuDocs, /PC\/TC INDICATOR\s+0=/, /Not Applicable--/), /^\s*(?:PC\/TC INDICATOR\s+)?(\d)\s*=/gm),
  },
  {
    name: 'global days',
    explain: explainGlobalDays,
    known: KNOWN_VALUES.globalDays,
    occurs: distinct(rvuRows, 'global_days'),
    documented: codesIn(section(rvuDocs, /Global Surgery\s+104/, /Preoperative Percentage/), /(\d{3}|[A-Z]{3})=/g),
  },
];

describe('plain-language explanations', () => {
  it.each(CASES)('explain $name: every value that occurs in the real files has an explanation', ({ explain, occurs }) => {
    expect(occurs.length).toBeGreaterThan(0);
    expect(occurs.filter((value) => explain(value) === null)).toEqual([]);
  });

  it.each(CASES)('explain $name: covers exactly the values the official documents define', ({ known, documented }) => {
    expect(documented.length).toBeGreaterThan(0);
    expect([...known].sort()).toEqual(documented);
  });

  it.each(CASES)('explain $name: a short label and one or two sentences for each value', ({ explain, known }) => {
    for (const value of known) {
      const explanation = explanationSchema.parse(explain(value));
      expect(explanation.label.length, value).toBeLessThanOrEqual(70);
      expect(explanation.meaning.match(/[.!?](?:\s|$)/g)?.length ?? 0, `${value}: ${explanation.meaning}`).toBeGreaterThanOrEqual(1);
      expect(explanation.meaning.split(/(?<=[a-z0-9)"'])\.\s+(?=[A-Z])/).length, `${value}: ${explanation.meaning}`).toBeLessThanOrEqual(2);
    }
  });

  it('returns null for values it does not know, so the page can say so', () => {
    expect(explainCoverage('Q')).toBeNull();
    expect(explainPricingIndicator('14')).toBeNull();
    expect(explainPfsStatus('constructor')).toBeNull();
    expect(explainGlobalDays('')).toBeNull();
    expect(explainActionCode(null)).toBeNull();
    expect(explainBetos(undefined)).toBeNull();
  });

  it('explains the spot-check values in the words the site uses', () => {
    expect(explainCoverage('I')?.label).toBe('Not payable by Medicare');
    expect(explainPfsStatus('C')?.label).toBe('Contractor priced');
    expect(explainPfsStatus('I')?.meaning).toContain('Medicare uses another code');
    expect(explainGlobalDays('XXX')?.label).toBe('No global period');
    expect(explainBetos('Z2')?.label).toBe('Undefined codes');
    expect(explainTypeOfService(' 9 ')?.label).toBe('Other medical items or services');
  });
});
