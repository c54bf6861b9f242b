import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/database';
import { ICON_SIZES, ICON_SVG, offVariant, rasterize } from '../../scripts/lib/icons';

const svg = readFileSync(join(ROOT, ICON_SVG), 'utf8');
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('icon', () => {
  it('rasterizes the SVG source at every manifest size', () => {
    for (const size of ICON_SIZES) expect(pngSize(rasterize(svg, size))).toEqual([size, size]);
  });

  it('greys every colour for the off variant, and refuses a colour it has no grey for', () => {
    const off = offVariant(svg);
    expect(off).not.toMatch(/#1b4d8c|#f2b705/i);
    expect(() => offVariant(svg.replace('#f2b705', '#ff0000'))).toThrow(/#ff0000/);
  });
});
