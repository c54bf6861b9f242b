import { render } from 'preact';
import '~/src/ui/card.css';
import '~/src/ui/page.css';
import { bundledEntities, bundledPatterns } from '~/src/bundled';
import { Catalog } from '~/src/core/catalog';
import { loadPacks } from '~/src/packs-store';
import { loadSettings } from '~/src/settings-store';
import { currentLang, setLanguage } from '~/src/ui/i18n';
import { App } from './App';

void Promise.all([loadSettings(), loadPacks(new Set(bundledEntities.map((e) => e.id)))]).then(([{ settings }, { packs }]) => {
  setLanguage(settings.language);
  // Screen readers pronounce the page in the language it is shown in.
  document.documentElement.lang = currentLang();
  render(<App catalog={new Catalog({ entities: bundledEntities, patterns: bundledPatterns }, packs)} />, document.getElementById('app')!);
});
