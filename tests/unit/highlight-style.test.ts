/**
 * The highlight styles must stay legible on light and dark pages, and the page-level stylesheet
 * and the copy adopted into shadow roots must say the same thing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_RULES } from '../../src/content/highlights';

type RGBA = [number, number, number, number];

/** Declarations per highlight name, comments and layout ignored. */
function rules(css: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, name, body] of plain.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)) {
    const decls = new Map<string, string>();
    for (const d of body!.split(';')) {
      const [prop, ...value] = d.split(':');
      if (prop && value.length > 0) decls.set(prop.trim(), value.join(':').trim().replace(/\s+/g, ' '));
    }
    out.set(name!, decls);
  }
  return out;
}

function parseColor(value: string): RGBA {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as RGBA;
  const rgba = /^rgba?\(([^)]+)\)$/.exec(value);
  if (rgba) {
    const [r, g, b, a = '1'] = rgba[1]!.split(',').map((s) => s.trim());
    return [Number(r), Number(g), Number(b), Number(a)];
  }
  throw new Error(`unreadable colour ${value}`);
}

const over = ([r, g, b, a]: RGBA, [R, G, B]: RGBA): RGBA => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Typical page colours: white paper with near-black text, and a dark theme with light-grey text.
const LIGHT = { page: parseColor('#ffffff'), text: parseColor('#1a1a1a') };
const DARK = { page: parseColor('#121212'), text: parseColor('#e8e8e8') };

const page = rules(readFileSync('entrypoints/content/highlight.css', 'utf8'));
const adopted = rules(HIGHLIGHT_RULES);

describe('highlight styles', () => {
  it('are the same in the page stylesheet and in the sheet adopted by shadow roots', () => {
    expect(page.size).toBe(6);
    expect(adopted).toEqual(page);
  });

  it('never draw a second underline under a mention that is a link', () => {
    for (const name of ['missionlens-linked', 'missionlens-tint-linked']) expect([...page.get(name)!.keys()]).toEqual(['background-color']);
  });

  it('draw the underline with at least 3:1 contrast on light and dark pages (WCAG 1.4.11)', () => {
    const line = parseColor(page.get('missionlens')!.get('text-decoration-color')!);
    for (const theme of [LIGHT, DARK]) expect(contrast(over(line, theme.page), theme.page)).toBeGreaterThanOrEqual(3);
  });

  it('draw the wavy line under a figure the data contradicts at 3:1 too', () => {
    const line = parseColor(page.get('missionlens-differs')!.get('text-decoration-color')!);
    expect(page.get('missionlens-differs')!.get('text-decoration-style')).toBe('wavy');
    for (const theme of [LIGHT, DARK]) expect(contrast(over(line, theme.page), theme.page)).toBeGreaterThanOrEqual(3);
  });

  it('keep text under a tint, a linked mention or the reveal flash readable at 4.5:1 on light and dark pages', () => {
    for (const name of ['missionlens-tint', 'missionlens-linked', 'missionlens-tint-linked', 'missionlens-flash']) {
      const tint = parseColor(page.get(name)!.get('background-color')!);
      for (const theme of [LIGHT, DARK]) expect(contrast(theme.text, over(tint, theme.page))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
