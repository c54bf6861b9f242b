/**
 * The toolbar and store icons, rasterized from assets/icon.svg with resvg (a prebuilt binary from
 * npm; no browser needed). The "off" variant is the same drawing in greys, for the per-site off
 * state, so the two can never drift apart.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;
export const ICON_SVG = 'assets/icon.svg';

/** Colour → greyed colour. Every fill and stroke of the source must appear here. */
const OFF_PALETTE: Record<string, string> = { '#1b4d8c': '#6b7280', '#ffffff': '#e5e7eb', '#f2b705': '#9ca3af' };

export function offVariant(svg: string): string {
  const colours = new Set([...svg.matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/gi)].map((m) => m[1]!.toLowerCase()));
  for (const c of colours) if (!(c in OFF_PALETTE)) throw new Error(`${ICON_SVG}: no greyed colour for ${c} (add it to OFF_PALETTE)`);
  return svg.replace(/#[0-9a-f]{6}/gi, (c) => OFF_PALETTE[c.toLowerCase()] ?? c);
}

export function rasterize(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** Writes icon/{size}.png and icon/off-{size}.png under `dir`; returns the paths relative to it. */
export function writeIcons(root: string, dir: string): string[] {
  const svg = readFileSync(join(root, ICON_SVG), 'utf8');
  const off = offVariant(svg);
  mkdirSync(join(dir, 'icon'), { recursive: true });
  return ICON_SIZES.flatMap((size) => {
    const on = `icon/${size}.png`;
    const grey = `icon/off-${size}.png`;
    writeFileSync(join(dir, on), rasterize(svg, size));
    writeFileSync(join(dir, grey), rasterize(off, size));
    return [on, grey];
  });
}
