import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import { SITE_IMAGE } from '@/lib/metadata';
import { SITE_NAME } from '@/lib/site';

export const dynamic = 'force-static';

// The builds run offline: the font is the TTF that ships inside next, read from disk, never fetched.
const FONT = join(process.cwd(), 'node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf');

/**
 * The site's link-preview image, made once at build time. A route handler, not the opengraph-image file
 * convention: that convention re-resolves the image for every one of the 9,000 pages and slows the export.
 */
export async function GET() {
  const font = await readFile(FONT);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#0f172a',
        color: '#f8fafc',
        fontFamily: 'Geist',
      }}
    >
      <div style={{ display: 'flex', fontSize: 40, color: '#5eead4' }}>{SITE_NAME}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 76, lineHeight: 1.1 }}>Look up a billing code.</div>
        <div style={{ fontSize: 76, lineHeight: 1.1 }}>Understand it. Bill it right.</div>
      </div>
      <div style={{ display: 'flex', fontSize: 32, color: '#cbd5e1' }}>HCPCS Level II · CPT® · modifiers · from the CMS release files</div>
    </div>,
    { width: SITE_IMAGE.width, height: SITE_IMAGE.height, fonts: [{ name: 'Geist', data: font, style: 'normal', weight: 400 }] },
  );
}
