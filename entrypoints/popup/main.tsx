import { render } from 'preact';
import '~/src/ui/card.css';
import '~/src/ui/page.css';
import { withPacks } from '~/src/core/packs';
import type { Entity } from '~/src/core/schema';
import facts from '~/src/generated/facts.json';
import { loadPacks } from '~/src/packs-store';
import { loadSettings } from '~/src/settings-store';
import { setLanguage } from '~/src/ui/i18n';
import { App } from './App';

const bundled = facts as unknown as Entity[];
void Promise.all([loadSettings(), loadPacks(new Set(bundled.map((e) => e.id)))]).then(([{ settings }, { packs }]) => {
  setLanguage(settings.language);
  render(<App entities={withPacks(bundled, packs)} />, document.getElementById('app')!);
});
