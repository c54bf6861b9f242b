import { render } from 'preact';
import '~/src/ui/card.css';
import { loadSettings } from '~/src/settings-store';
import { setLanguage } from '~/src/ui/i18n';
import { App } from './App';

void loadSettings().then(({ settings }) => {
  setLanguage(settings.language);
  render(<App />, document.getElementById('app')!);
});
