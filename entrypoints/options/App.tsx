import { useEffect, useState } from 'preact/hooks';
import { LANGS } from '~/src/core/dates';
import { KINDS } from '~/src/core/schema';
import { defaultSettings, HOVER_DELAY_RANGE, isHoverDelay, normalizeSite, parseSettings, type Settings } from '~/src/core/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '~/src/settings-store';
import { currentLang, kindText, LANGUAGE_NAMES, setLanguage, t } from '~/src/ui/i18n';

import { download, PackSection, readJsonFile, type Status } from './PackSection';
import { SetAsideSection } from './SetAsideSection';

const siteList = (text: string) =>
  text
    .split(/[\s,]+/)
    .map(normalizeSite)
    .filter((s): s is string => s !== null);

function Radios<T extends string>(props: { name: string; value: T; choices: [T, string][]; onChange: (value: T) => void }) {
  return (
    <>
      {props.choices.map(([value, label]) => (
        <label key={value}>
          <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
          {label}
        </label>
      ))}
    </>
  );
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    // What storage held that could not be used is explained by the set-aside section.
    void loadSettings().then(({ settings }) => setSettings(settings));
    return onSettingsChanged(setSettings);
  }, []);

  if (!settings) return <main class="options">{t('loading')}</main>;
  setLanguage(settings.language);
  // Screen readers pronounce the page in the language it is shown in; the tab shows its title.
  document.documentElement.lang = currentLang();
  document.title = t('optionsTitle');

  /** Shown at once; a write the browser refuses (sync quotas) puts the previous settings back. */
  const save = async (next: Settings): Promise<boolean> => {
    const previous = settings;
    setSettings(next);
    try {
      await saveSettings(next);
      return true;
    } catch (err) {
      setSettings(previous);
      setStatus({ kind: 'error', text: t('optSaveFailed', (err as Error).message) });
      return false;
    }
  };

  const update = async (patch: Partial<Settings>) => {
    if (await save({ ...settings, ...patch })) setStatus({ kind: 'ok', text: t('optSaved') });
  };

  const exportSettings = () => download('missionlens-settings.json', settings);

  const importSettings = async (file: File | undefined) => {
    if (!file) return;
    const data = await readJsonFile(file, setStatus);
    if (data === undefined) return;
    const { settings: parsed, problems } = parseSettings(data);
    if (problems.length > 0) {
      setStatus({ kind: 'error', text: t('optNotImported', file.name), details: problems });
      return;
    }
    if (await save(parsed)) setStatus({ kind: 'ok', text: t('optImported', file.name) });
  };

  return (
    <main class="options">
      <h1>
        <img class="brand" src="/icon/48.png" width={28} height={28} alt="" />
        {t('optionsTitle')}
      </h1>

      <fieldset>
        <legend>{t('optHighlighting')}</legend>
        <Radios
          name="style"
          value={settings.highlightStyle}
          choices={[
            ['underline', t('optStyleUnderline')],
            ['tint', t('optStyleTint')],
            ['none', t('optStyleNone')],
          ]}
          onChange={(highlightStyle) => void update({ highlightStyle })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('optKinds')}</legend>
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
              {kindText(kind)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('optOpening')}</legend>
        <Radios
          name="trigger"
          value={settings.trigger}
          choices={[
            ['hover', t('optTriggerHover')],
            ['modifier', t('optTriggerModifier')],
            ['click', t('optTriggerClick')],
          ]}
          onChange={(trigger) => void update({ trigger })}
        />
        <label>
          {t('optDelay')}{' '}
          <input
            id="delay"
            type="number"
            min={HOVER_DELAY_RANGE[0]}
            max={HOVER_DELAY_RANGE[1]}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const v = Number((e.target as HTMLInputElement).value);
              if (isHoverDelay(v)) void update({ hoverDelayMs: v });
              else setStatus({ kind: 'error', text: t('optDelayError', HOVER_DELAY_RANGE[0], HOVER_DELAY_RANGE[1]) });
            }}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optLanguage')}</legend>
        <select
          id="language"
          aria-label={t('optLanguage')}
          value={settings.language}
          onChange={(e) => void update({ language: (e.target as HTMLSelectElement).value as Settings['language'] })}
        >
          <option value="auto">{t('optLanguageAuto')}</option>
          {LANGS.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {LANGUAGE_NAMES[lang]}
            </option>
          ))}
        </select>
      </fieldset>

      <fieldset>
        <legend>{t('optSites')}</legend>
        <label class="block">
          {t('optBlocked')}
          <textarea
            id="blocked"
            rows={4}
            value={settings.blockedSites.join('\n')}
            onChange={(e) => void update({ blockedSites: siteList((e.target as HTMLTextAreaElement).value) })}
          />
        </label>
        <label class="block">
          {t('optAllowed')}
          <textarea
            id="allowed"
            rows={3}
            value={settings.allowedSites.join('\n')}
            onChange={(e) => void update({ allowedSites: siteList((e.target as HTMLTextAreaElement).value) })}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optBackup')}</legend>
        <button type="button" onClick={exportSettings}>
          {t('optExport')}
        </button>{' '}
        <label class="file">
          {t('optImport')}
          <input
            id="import"
            type="file"
            accept="application/json,.json"
            onChange={(e) => void importSettings((e.target as HTMLInputElement).files?.[0])}
          />
        </label>{' '}
        <button
          type="button"
          onClick={() => {
            if (confirm(t('optResetConfirm'))) void update(defaultSettings());
          }}
        >
          {t('optReset')}
        </button>
      </fieldset>

      <PackSection onStatus={setStatus} />

      <SetAsideSection onStatus={setStatus} />

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
