import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '@/lib/links/json-ld';

const HOSTILE = '</script><script>alert(1)</script>';

describe('serializeJsonLd', () => {
  it('cannot end the script element, and parses back to the same data', () => {
    const data = { name: HOSTILE, text: 'a & b <!-- c --> \u2028line\u2029para' };
    const out = serializeJsonLd(data);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(out)).toEqual(data);
  });

  it('writes the escapes JSON and JavaScript both accept', () => {
    expect(serializeJsonLd({ s: HOSTILE })).toBe('{"s":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}');
    expect(serializeJsonLd('\u2028\u2029&')).toBe('"\\u2028\\u2029\\u0026"');
    expect(new Function(`return ${serializeJsonLd({ s: '\u2028' })}`)()).toEqual({ s: '\u2028' });
  });
});
