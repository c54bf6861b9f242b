import { useEffect, useState } from 'preact/hooks';
import { LANGS } from '~/src/core/dates';
import { KINDS } from '~/src/core/schema';
import { defaultSettings, HOVER_DELAY_RANGE, isHoverDelay, parseSettings, type Settings } from '~/src/core/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '~/src/settings-store';
import { currentLang, kindHelpText, kindText, LANGUAGE_NAMES, setLanguage, t } from '~/src/ui/i18n';
import { Shortcuts } from '~/src/ui/Shortcuts';
import { download, readJsonFile, takeFile } from './files';
import { Note, type Status } from './Note';
import { PackSection } from './PackSection';
import { changedLabels, plainProblem } from './plain-words';
import { SetAsideSection } from './SetAsideSection';
import { SiteList } from './SiteList';

/** Each section keeps its own message, shown under its controls. */
type Section = 'marks' | 'kinds' | 'opening' | 'language' | 'sites' | 'backup' | 'setAside';

function Radios<T extends string>(props: { name: string; value: T; choices: [T, string][]; onChange: (value: T) => void }) {
  return (
    <div class="choices">
      {props.choices.map(([value, label]) => (
        <label key={value}>
          <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
          {label}
        </label>
      ))}
    </div>
  );
}

function Check(props: { id: string; checked: boolean; label: string; onChange: (checked: boolean) => void }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)}
      />
      {props.label}
    </label>
  );
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notes, setNotes] = useState<Partial<Record<Section, Status | null>>>({});
  const note = (section: Section, status: Status | null) => setNotes((n) => ({ ...n, [section]: status }));

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
  const save = async (section: Section, next: Settings): Promise<boolean> => {
    const previous = settings;
    setSettings(next);
    try {
      await saveSettings(next);
      return true;
    } catch (err) {
      setSettings(previous);
      note(section, { kind: 'error', text: t('optSaveFailed', (err as Error).message) });
      return false;
    }
  };

  const update = async (section: Section, patch: Partial<Settings>) => {
    if (await save(section, { ...settings, ...patch })) note(section, { kind: 'ok', text: t('optSaved') });
  };

  const importSettings = async (file: File | undefined) => {
    if (!file) return;
    const data = await readJsonFile(file, (s) => note('backup', s));
    if (data === undefined) return;
    const { settings: parsed, problems } = parseSettings(data);
    if (problems.length > 0) {
      note('backup', { kind: 'error', text: t('optNotImported', file.name, problems.length), details: problems.map(plainProblem) });
      return;
    }
    const changed = changedLabels(settings, parsed);
    if (!(await save('backup', parsed))) return;
    note('backup', {
      kind: 'ok',
      text: changed.length > 0 ? t('optImported', file.name, changed.join(', ')) : t('optImportedSame', file.name),
    });
  };

  const delay = (input: HTMLInputElement, commit: boolean) => {
    const v = input.valueAsNumber;
    if (isHoverDelay(v)) {
      if (v !== settings.hoverDelayMs) void update('opening', { hoverDelayMs: v });
    } else if (commit) {
      input.value = String(settings.hoverDelayMs);
      note('opening', { kind: 'error', text: t('optDelayError', HOVER_DELAY_RANGE[0], HOVER_DELAY_RANGE[1], settings.hoverDelayMs) });
    }
  };

  return (
    <main class="options">
      <h1>
        <img class="brand" src="/icon/48.png" width={28} height={28} alt="" />
        {t('optionsTitle')}
      </h1>

      <fieldset id="marks">
        <legend>{t('optHighlighting')}</legend>
        <Radios
          name="style"
          value={settings.highlightStyle}
          choices={[
            ['underline', t('optStyleUnderline')],
            ['tint', t('optStyleTint')],
            ['none', t('optStyleNone')],
          ]}
          onChange={(highlightStyle) => void update('marks', { highlightStyle })}
        />
        <Check
          id="mark-headings"
          checked={settings.markHeadings}
          label={t('optMarkHeadings')}
          onChange={(markHeadings) => void update('marks', { markHeadings })}
        />
        <Check
          id="first-mention"
          checked={settings.firstMentionOnly}
          label={t('optFirstMention')}
          onChange={(firstMentionOnly) => void update('marks', { firstMentionOnly })}
        />
        <Note id="marks-note" status={notes.marks ?? null} />
      </fieldset>

      <fieldset id="kinds">
        <legend>{t('optKinds')}</legend>
        <p class="help">{t('optKindsHelp')}</p>
        <div class="kinds">
          {KINDS.map((kind) => (
            <label key={kind} class="kind">
              <input
                type="checkbox"
                name="kind"
                value={kind}
                checked={!settings.hiddenKinds.includes(kind)}
                aria-describedby={`kind-help-${kind}`}
                onChange={(e) => {
                  const show = (e.target as HTMLInputElement).checked;
                  void update('kinds', {
                    hiddenKinds: show ? settings.hiddenKinds.filter((k) => k !== kind) : [...settings.hiddenKinds, kind],
                  });
                }}
              />
              <span>
                <span class="kind-name">{kindText(kind)}</span>
                <span class="kind-help" id={`kind-help-${kind}`}>
                  {kindHelpText(kind)}
                </span>
              </span>
            </label>
          ))}
        </div>
        <Note id="kinds-note" status={notes.kinds ?? null} />
      </fieldset>

      <fieldset id="opening">
        <legend>{t('optOpening')}</legend>
        <Radios
          name="trigger"
          value={settings.trigger}
          choices={[
            ['hover', t('optTriggerHover')],
            ['modifier', t('optTriggerModifier')],
            ['click', t('optTriggerClick')],
          ]}
          onChange={(trigger) => void update('opening', { trigger })}
        />
        <label class="check">
          {t('optDelay')}
          <input
            id="delay"
            type="number"
            min={HOVER_DELAY_RANGE[0]}
            max={HOVER_DELAY_RANGE[1]}
            step={50}
            value={settings.hoverDelayMs}
            aria-describedby="opening-note"
            onInput={(e) => delay(e.target as HTMLInputElement, false)}
            onChange={(e) => delay(e.target as HTMLInputElement, true)}
          />
        </label>
        <Note id="opening-note" status={notes.opening ?? null} />
      </fieldset>

      <fieldset id="shortcuts">
        <legend>{t('welcomeKeysTitle')}</legend>
        <p class="help">{t('optShortcutsHelp')}</p>
        <Shortcuts />
      </fieldset>

      <fieldset id="language-section">
        <legend>{t('optLanguage')}</legend>
        <select
          id="language"
          aria-label={t('optLanguage')}
          value={settings.language}
          onChange={(e) => void update('language', { language: (e.target as HTMLSelectElement).value as Settings['language'] })}
        >
          <option value="auto">{t('optLanguageAuto')}</option>
          {LANGS.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {LANGUAGE_NAMES[lang]}
            </option>
          ))}
        </select>
        <Note id="language-note" status={notes.language ?? null} />
      </fieldset>

      <fieldset id="sites">
        <legend>{t('optSites')}</legend>
        <SiteList
          id="blocked"
          label={t('optBlocked')}
          help={t('optBlockedHelp')}
          rows={4}
          sites={settings.blockedSites}
          onSave={(blockedSites) => saveSettings({ ...settings, blockedSites })}
        />
        <SiteList
          id="allowed"
          label={t('optAllowed')}
          help={t('optAllowedHelp')}
          rows={3}
          sites={settings.allowedSites}
          onSave={(allowedSites) => saveSettings({ ...settings, allowedSites })}
        />
      </fieldset>

      <fieldset id="backup">
        <legend>{t('optBackup')}</legend>
        <div class="row">
          <button type="button" onClick={() => download('missionlens-settings.json', settings)}>
            {t('optExport')}
          </button>
          <label class="file">
            {t('optImport')}
            <input
              id="import"
              type="file"
              accept="application/json,.json"
              onChange={(e) => void importSettings(takeFile(e.target as HTMLInputElement))}
            />
          </label>
          <button
            type="button"
            onClick={() => {
              if (confirm(t('optResetConfirm'))) void update('backup', defaultSettings());
            }}
          >
            {t('optReset')}
          </button>
        </div>
        <Note id="backup-note" status={notes.backup ?? null} />
      </fieldset>

      <PackSection />

      <SetAsideSection onStatus={(s) => note('setAside', s)} />
      <Note id="set-aside-note" status={notes.setAside ?? null} />
    </main>
  );
}
