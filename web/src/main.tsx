import { render } from 'preact';
import { App } from './app.js';
import { webConfig } from './config.js';
import './styles.scss';

const config = await webConfig();
const root = document.getElementById('app');
if (root) render(<App config={config} />, root);
