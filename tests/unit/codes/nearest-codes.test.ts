import { describe, expect, it } from 'vitest';
import { nearestCodes } from '@/lib/codes/nearest-codes';

const codes = ['E0100', 'E0601', 'E0607', 'E0610', 'E8000', 'E8001', 'E8002', 'J0120', 'GA', 'G0008'];

describe('nearestCodes', () => {
  it('lists codes one keystroke away first, then neighbours in code order with the same first letter', () => {
    expect(nearestCodes('E0160', codes, 4)).toEqual(['E0100', 'E0610', 'E0601', 'E0607']);
  });

  it('gives the last codes of the series for a code past its end', () => {
    expect(nearestCodes('E9999', codes, 4)).toEqual(['E0610', 'E8000', 'E8001', 'E8002']);
  });

  it('never lists the code itself or codes of another length, and honours the limit', () => {
    const result = nearestCodes('e0601', codes, 4);
    expect(result).not.toContain('E0601');
    expect(result.every((c) => c.length === 5)).toBe(true);
    expect(result.length).toBeLessThanOrEqual(4);
  });

  it('stays in the series: a modifier one letter off, never a code of another letter', () => {
    expect(nearestCodes('GZ', codes)).toEqual(['GA']);
    expect(nearestCodes('F0601', codes)).toEqual([]);
  });
});
