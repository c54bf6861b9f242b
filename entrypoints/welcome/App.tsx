/** The page opened once, after install: what MissionLens does, how to reach it, and what it never does. */
import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Entity } from '~/src/core/schema';
import { t } from '~/src/ui/i18n';
import { Shortcuts } from '~/src/ui/Shortcuts';
import { Example } from './Example';

/** Where the pin is depends on the browser: Firefox's builds are MV2. */
const isFirefox = () => browser.runtime.getManifest().manifest_version === 2;

export function App({ entities }: { entities: readonly Entity[] }) {
  const byId = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeLead', entities.length)}</p>

      <section id="try" aria-labelledby="try-title">
        <h2 id="try-title">{t('welcomeTryTitle')}</h2>
        <p>{t('welcomeTryHelp')}</p>
        <Example byId={byId} />
      </section>

      <section id="pin" aria-labelledby="pin-title">
        <h2 id="pin-title">{t('welcomePinTitle')}</h2>
        <p>{t(isFirefox() ? 'welcomePinFirefox' : 'welcomePinChrome')}</p>
        <p>{t('welcomeBadge')}</p>
      </section>

      <section id="keys" aria-labelledby="keys-title">
        <h2 id="keys-title">{t('welcomeKeysTitle')}</h2>
        <Shortcuts />
      </section>

      <section id="privacy" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('welcomePrivacyTitle')}</h2>
        <ul>
          <li>{t('welcomePrivacyNetwork')}</li>
          <li>{t('welcomePrivacyPage')}</li>
          <li>{t('welcomePrivacyStorage')}</li>
        </ul>
      </section>

      <p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcomeOptions')}
        </button>
      </p>
    </main>
  );
}
