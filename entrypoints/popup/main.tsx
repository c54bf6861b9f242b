import { render } from 'preact';
import '~/src/ui/card.css';
import '~/src/ui/page.css';
import { bundledEntities, bundledPatterns } from '~/src/bundled';
import { Catalog } from '~/src/core/catalog';
import { loadPacks } from '~/src/packs-store';
import { loadSettings } from '~/src/settings-store';
import { setLanguage } from '~/src/ui/i18n';
import { App } from './App';

void Promise.all([loadSettings(), loadPacks(new Set(bundledEntities.map((e) => e.id)))]).then(([{ settings }, { packs }]) => {
  setLanguage(settings.language);
  render(<App catalog={new Catalog({ entities: bundledEntities, patterns: bundledPatterns }, packs)} />, document.getElementById('app')!);
});
