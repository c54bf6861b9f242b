import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, enabledOn, normalizeSite, parseSettings, toggleSite } from '../../src/core/settings';

describe('settings', () => {
  it('gives the defaults for missing or empty storage', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], rejected: [] });
    expect(parseSettings({}).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates version 1 (style flag, comma-separated block list)', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      underline: false,
      blocklist: 'example.org, https://www.News.example.com/a',
      hoverDelayMs: 300,
    });
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      highlightStyle: 'tint',
      blockedSites: ['example.org', 'news.example.com'],
      hoverDelayMs: 300,
    });
  });

  it('keeps what is valid and names what is not', () => {
    const { settings, problems } = parseSettings({
      version: 2,
      highlightStyle: 'blink',
      hoverDelayMs: -5,
      hiddenKinds: ['term', 'nope'],
      blockedSites: ['ok.org', 'not a site'],
      trigger: 'click',
    });
    expect(settings.highlightStyle).toBe('underline');
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(settings.hiddenKinds).toEqual([]);
    expect(settings.trigger).toBe('click');
    expect(settings.blockedSites).toEqual(['ok.org']);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/highlightStyle.*hoverDelayMs.*hiddenKinds.*"not a site"/s);
  });

  it('rejects non-objects without throwing', () => {
    for (const bad of ['x', 3, [], true]) {
      const r = parseSettings(bad);
      expect(r.settings).toEqual(DEFAULT_SETTINGS);
      expect(r.problems).toEqual(['settings must be a JSON object']);
    }
  });

  it('switches sites off and on, subdomains included', () => {
    const off = toggleSite(DEFAULT_SETTINGS, 'www.example.org');
    expect(off.blockedSites).toEqual(['example.org']);
    expect(enabledOn(off, 'news.example.org')).toBe(false);
    expect(enabledOn(off, 'example.com')).toBe(true);
    const on = toggleSite(off, 'example.org');
    expect(enabledOn(on, 'example.org')).toBe(true);
    const allowOnly = { ...DEFAULT_SETTINGS, allowedSites: ['a.org'] };
    expect(enabledOn(allowOnly, 'b.org')).toBe(false);
    expect(enabledOn(toggleSite(allowOnly, 'b.org'), 'b.org')).toBe(true);
  });

  it('normalizes typed site names', () => {
    expect(normalizeSite(' HTTPS://www.Example.org:8080/path?q ')).toBe('example.org');
    expect(normalizeSite('localhost')).toBe('localhost');
    expect(normalizeSite('no spaces allowed')).toBeNull();
  });
});
