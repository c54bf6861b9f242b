/**
 * The keyboard shortcuts as the browser has them now: both are browser commands, so the reader can
 * remap them, and this list shows whatever they chose (or that a shortcut is unset).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KeyboardIcon } from './icons';
import { t } from './i18n';

/** The card first: it is the shortcut a reader uses most. */
const ORDER = ['show-card', 'toggle-site'];

interface Command {
  name: string;
  shortcut: string;
}

/** Firefox 137+ opens its own shortcut page; Chromium has a page for it. */
function openShortcutSettings(): void {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function Shortcuts({ compact = false }: { compact?: boolean }) {
  const [commands, setCommands] = useState<Command[] | null>(null);
  useEffect(() => {
    void (browser.commands?.getAll() ?? Promise.resolve([]))
      .then((all) =>
        setCommands(
          all
            .filter((c) => c.name && !c.name.startsWith('_'))
            .map((c) => ({ name: c.name!, shortcut: c.shortcut ?? '' }))
            .sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name)),
        ),
      )
      .catch(() => setCommands([]));
  }, []);
  if (!commands || commands.length === 0) return null;
  return (
    <div class={compact ? 'shortcuts compact' : 'shortcuts'}>
      {compact ? <KeyboardIcon /> : null}
      <dl>
        {commands.map((c) => (
          <div key={c.name} class="shortcut" data-command={c.name}>
            <dt>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="unset">{t('shortcutUnset')}</span>}</dt>
            <dd>
              {t(
                c.name === 'toggle-site'
                  ? compact
                    ? 'shortcutToggleShort'
                    : 'commandToggleSite'
                  : compact
                    ? 'shortcutCardShort'
                    : 'commandShowCard',
              )}
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" class="link" onClick={openShortcutSettings}>
        {t('shortcutChange')}
      </button>
    </div>
  );
}
