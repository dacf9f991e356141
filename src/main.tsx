import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { enterEmbedMode, readEmbedSettings } from './embed/settings';
import { registerOffline } from './offline/registerOffline';
import './styles.css';

const embed = readEmbedSettings();
if (embed) enterEmbedMode(embed);

const root = document.getElementById('root');
if (root) {
  // A transition lets React render the first screen in small slices, so a slow phone
  // stays responsive while the app starts.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

registerOffline();
