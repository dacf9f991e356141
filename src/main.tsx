import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { enterEmbedMode, readEmbedSettings } from './embed/settings';
import { registerOffline } from './offline/registerOffline';
import './styles.css';

const embed = readEmbedSettings();
if (embed) enterEmbedMode(embed);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

registerOffline();
