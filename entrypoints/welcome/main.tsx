import { render } from 'preact';
import '~/src/ui/card.css';
import '~/src/ui/page.css';
import { bundledEntities } from '~/src/bundled';
import { loadSettings } from '~/src/settings-store';
import { setLanguage, t } from '~/src/ui/i18n';
import { App } from './App';

void loadSettings().then(({ settings }) => {
  setLanguage(settings.language);
  document.title = t('welcomeTitle');
  render(<App entities={bundledEntities} />, document.getElementById('app')!);
});
