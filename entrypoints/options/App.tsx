import { useEffect, useState } from 'preact/hooks';
import { kindLabel } from '~/src/core/format';
import { KINDS } from '~/src/core/schema';
import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE, normalizeSite, parseSettings, type Settings } from '~/src/core/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '~/src/settings-store';

type Status = { kind: 'ok' | 'error'; text: string; details?: string[] } | null;

const siteList = (text: string) => text.split(/[\s,]+/).map(normalizeSite).filter((s): s is string => s !== null);

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    void loadSettings().then(({ settings, problems }) => {
      setSettings(settings);
      if (problems.length > 0) setStatus({ kind: 'error', text: 'Stored settings had problems; defaults are used for those fields.', details: problems });
    });
    return onSettingsChanged(setSettings);
  }, []);

  if (!settings) return <main class="options">Loading…</main>;

  const update = async (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    await saveSettings(next);
    setStatus({ kind: 'ok', text: 'Saved. Open tabs use the new settings now.' });
  };

  const exportSettings = () => {
    const blob = new Blob([`${JSON.stringify(settings, null, 2)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'missionlens-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const importSettings = async (file: File | undefined) => {
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch (err) {
      setStatus({ kind: 'error', text: `${file.name} is not valid JSON (${(err as Error).message}). Nothing was changed.` });
      return;
    }
    const { settings: parsed, problems } = parseSettings(data);
    if (problems.length > 0) {
      setStatus({ kind: 'error', text: `${file.name} was not imported. Nothing was changed. What is wrong:`, details: problems });
      return;
    }
    setSettings(parsed);
    await saveSettings(parsed);
    setStatus({ kind: 'ok', text: `Imported ${file.name}.` });
  };

  return (
    <main class="options">
      <h1>MissionLens options</h1>

      <fieldset>
        <legend>Highlighting</legend>
        {(['underline', 'tint', 'none'] as const).map((style) => (
          <label key={style}>
            <input type="radio" name="style" value={style} checked={settings.highlightStyle === style} onChange={() => void update({ highlightStyle: style })} />
            {style === 'underline' ? 'Dotted underline' : style === 'tint' ? 'Background tint' : 'None (cards only via keyboard or click)'}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Highlight these kinds of bodies</legend>
        <div class="kinds">
          {KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                name="kind"
                value={kind}
                checked={!settings.hiddenKinds.includes(kind)}
                onChange={(e) => {
                  const show = (e.target as HTMLInputElement).checked;
                  void update({ hiddenKinds: show ? settings.hiddenKinds.filter((k) => k !== kind) : [...settings.hiddenKinds, kind] });
                }}
              />
              {kindLabel(kind)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Opening cards</legend>
        {(['hover', 'modifier', 'click'] as const).map((t) => (
          <label key={t}>
            <input type="radio" name="trigger" value={t} checked={settings.trigger === t} onChange={() => void update({ trigger: t })} />
            {t === 'hover' ? 'Hover' : t === 'modifier' ? 'Hover while holding Alt' : 'Click'}
          </label>
        ))}
        <label>
          Hover delay (ms){' '}
          <input
            id="delay"
            type="number"
            min={HOVER_DELAY_RANGE[0]}
            max={HOVER_DELAY_RANGE[1]}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const v = Number((e.target as HTMLInputElement).value);
              if (Number.isInteger(v) && v >= HOVER_DELAY_RANGE[0] && v <= HOVER_DELAY_RANGE[1]) void update({ hoverDelayMs: v });
              else setStatus({ kind: 'error', text: `The hover delay must be a whole number from ${HOVER_DELAY_RANGE[0]} to ${HOVER_DELAY_RANGE[1]} ms.` });
            }}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>Sites</legend>
        <label class="block">
          Never run on (one site per line)
          <textarea id="blocked" rows={4} value={settings.blockedSites.join('\n')} onChange={(e) => void update({ blockedSites: siteList((e.target as HTMLTextAreaElement).value) })} />
        </label>
        <label class="block">
          Run only on (leave empty for every site)
          <textarea id="allowed" rows={3} value={settings.allowedSites.join('\n')} onChange={(e) => void update({ allowedSites: siteList((e.target as HTMLTextAreaElement).value) })} />
        </label>
      </fieldset>

      <fieldset>
        <legend>Backup</legend>
        <button type="button" onClick={exportSettings}>Export settings</button>{' '}
        <label class="file">
          Import settings…
          <input id="import" type="file" accept="application/json,.json" onChange={(e) => void importSettings((e.target as HTMLInputElement).files?.[0])} />
        </label>{' '}
        <button
          type="button"
          onClick={() => {
            if (confirm('Reset every MissionLens setting to its default?')) void update({ ...DEFAULT_SETTINGS, hiddenKinds: [], blockedSites: [], allowedSites: [] });
          }}
        >
          Reset to defaults
        </button>
      </fieldset>

      <div id="status" role="status" aria-live="polite" class={status ? `status ${status.kind}` : 'status'}>
        {status ? (
          <>
            <p>{status.text}</p>
            {status.details ? (
              <ul>
                {status.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </main>
  );
}
