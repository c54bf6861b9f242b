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

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('icon legibility', () => {
  const tile = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)![1]!;
  const lens = /<circle[^>]*stroke="(#[0-9a-f]{6})"/i.exec(svg)![1]!;
  // Firefox's and Chrome's default light and dark toolbar colours.
  const toolbars = { light: '#f9f9fb', dark: '#2b2a33', chromeLight: '#ffffff', chromeDark: '#3c3c3c' };

  it('draws the lens in strong contrast with its tile', () => {
    expect(contrast(lens, tile)).toBeGreaterThanOrEqual(4.5);
  });

  it('stands out on light and dark toolbars, by its tile or by its lens', () => {
    for (const [name, bar] of Object.entries(toolbars)) {
      expect(Math.max(contrast(tile, bar), contrast(lens, bar)), name).toBeGreaterThanOrEqual(3);
    }
  });
});
