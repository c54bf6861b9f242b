import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '~/src/ui/card.css';
import '~/src/ui/page.css';
import type { Catalog } from '~/src/core/catalog';
import { loadSettings } from '~/src/settings-store';
import { currentLang, setLanguage } from '~/src/ui/i18n';
import { App } from './App';
import { afterPaint, loadCatalog } from './load-catalog';

/** Owns the catalog: the popup is drawn (search box focused) without it, and filled in when it has loaded. */
function Popup() {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  useEffect(() => afterPaint(() => void loadCatalog().then(setCatalog)), []);
  return <App catalog={catalog} />;
}

void loadSettings().then(({ settings }) => {
  setLanguage(settings.language);
  // Screen readers pronounce the page in the language it is shown in.
  document.documentElement.lang = currentLang();
  render(<Popup />, document.getElementById('app')!);
});
