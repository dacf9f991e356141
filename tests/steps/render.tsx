import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { useProgressStore } from '../../src/session/progressStore';

/** Opens the app at a hash URL, as a person following a link would. */
export function openApp(hash = '#/') {
  // replaceState fires no hashchange, so no event from one test leaks into the next.
  window.history.replaceState(null, '', hash);
  const user = userEvent.setup();
  const view = render(<App />);
  return { user, ...view };
}

export function resetBrowser() {
  // Unmount first: resetting stores under a mounted app would update it outside act().
  cleanup();
  localStorage.clear();
  useProgressStore.setState({ answers: {}, settings: { textSize: 'standard' } });
  window.history.replaceState(null, '', '#/');
}

export async function answer(user: ReturnType<typeof userEvent.setup>, label: string | RegExp) {
  await user.click(await screen.findByRole('radio', { name: label }));
  await user.click(screen.getByRole('button', { name: /^Continue/ }));
}

export async function heading(name: string | RegExp) {
  return screen.findByRole('heading', { level: 1, name });
}
