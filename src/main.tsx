import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { enterEmbedMode, readEmbedSettings } from './embed/settings';
import { applyFirstPaintPlan, currentPageState, firstPaintPlan } from './firstPaint/plan';
import { registerOffline } from './offline/registerOffline';
import './styles.css';

// first-paint.js has done this already in the built page; again here for the dev server, which has no such script.
const plan = firstPaintPlan(currentPageState());
applyFirstPaintPlan(plan);

const embed = readEmbedSettings();
if (embed) enterEmbedMode(embed);

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // A transition lets React render the first screen in small slices, so a slow phone
  // stays responsive while the app starts.
  startTransition(() => {
    // The prerendered start screen is kept when it is exactly what the app shows; otherwise the
    // app's own first render replaces it (createRoot clears the container).
    if (plan.hydrate && root.hasChildNodes()) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });
}

registerOffline();
