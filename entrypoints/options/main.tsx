import { render } from 'preact';
import '~/src/ui/page.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
