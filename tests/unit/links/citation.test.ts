import { describe, expect, it } from 'vitest';
import { citationText } from '@/lib/links/citation';

describe('citationText', () => {
  it('names the code, title, data release, address and the day accessed', () => {
    const text = citationText(
      {
        code: 'S9986',
        title: 'Not medically necessary service',
        release: 'HCPCS 2026 January; CY2025 Physician Fee Schedule',
        url: 'https://codeatlas.example/codes/S9986/',
      },
      new Date(2026, 10, 3, 12),
    );
    expect(text).toBe(
      'CodeAtlas. "S9986: Not medically necessary service." Data: HCPCS 2026 January; CY2025 Physician Fee Schedule. https://codeatlas.example/codes/S9986/ (accessed 3 November 2026).',
    );
  });
});
