import { render } from 'preact';
import '~/src/ui/card.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
