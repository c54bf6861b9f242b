import { render } from 'preact';
import '~/src/ui/card.css';
import { withPacks } from '~/src/core/packs';
import type { Entity } from '~/src/core/schema';
import facts from '~/src/generated/facts.json';
import { loadPacks } from '~/src/packs-store';
import { loadSettings } from '~/src/settings-store';
import { setLanguage } from '~/src/ui/i18n';
import { App } from './App';

void Promise.all([loadSettings(), loadPacks()]).then(([{ settings }, packs]) => {
  setLanguage(settings.language);
  render(<App entities={withPacks(facts as unknown as Entity[], packs)} />, document.getElementById('app')!);
});
