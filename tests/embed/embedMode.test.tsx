import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY, useProgressStore } from '../../src/session/progressStore';
import { AA_TEXT_CONTRAST, contrastWithWhite } from '../../src/embed/accent';
import { enterEmbedMode, readEmbedSettings } from '../../src/embed/settings';
import { answer, heading, openApp, resetBrowser } from '../steps/render';

// enterEmbedMode stops saving for the rest of this file's run, as it does for a page.
afterEach(() => {
  resetBrowser();
  window.history.replaceState(null, '', '/');
});

describe('reading embed mode from the frame URL', () => {
  it('is off without ?embed, whatever else the query says', () => {
    expect(readEmbedSettings('?parentOrigin=https://partner.example')).toBeUndefined();
  });

  it('keeps a good parent origin and accent', () => {
    expect(readEmbedSettings('?embed&parentOrigin=https%3A%2F%2Fpartner.example&accent=%23ABC')).toEqual({
      parentOrigin: 'https://partner.example',
      accent: '#aabbcc',
    });
  });

  it('drops a bad parent origin or accent and stays in embed mode', () => {
    expect(readEmbedSettings('?embed&parentOrigin=*&accent=red;}')).toEqual({});
    expect(readEmbedSettings('?embed')).toEqual({});
  });
});

describe('the app in embed mode', () => {
  it('on the full site, the start screen says answers stay in this browser', async () => {
    openApp('/#/');
    await heading(/lawful route/i);
    expect(screen.getByText(/your answers stay in this browser/i)).toBeInTheDocument();
  });

  it("writes nothing to storage, leaves the full site's saved answers alone, and says so", async () => {
    const saved = JSON.stringify({ state: { answers: { initiator: 'authority' } }, version: 2 });
    useProgressStore.setState({ answers: { initiator: 'authority' } });
    localStorage.setItem(STORAGE_KEY, saved);
    const root = document.createElement('html');
    enterEmbedMode({ parentOrigin: 'https://partner.example' }, root);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    expect(root.classList.contains('embed')).toBe(true);

    const { user } = openApp('/?embed&parentOrigin=https%3A%2F%2Fpartner.example#/');
    await heading(/lawful route/i);
    expect(screen.queryByText(/answers saved/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/stay in this browser/i)).not.toBeInTheDocument();
    expect(screen.getByText(/nothing you enter is saved/i)).toHaveTextContent(/told which step you are on and the route/i);

    await user.click(screen.getByRole('button', { name: /start now/i }));
    await answer(user, 'A public authority');
    await heading(/where is the public authority/i);
    expect(localStorage.length).toBe(1);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
  });

  it('a plain iframe (no parent origin) tells nothing to anyone, and does not claim to', async () => {
    openApp('/?embed#/');
    await heading(/lawful route/i);
    expect(screen.getByText(/nothing you enter is saved/i)).not.toHaveTextContent(/told/i);
  });

  it("takes a partner's colour, darkened where white text on it would fail AA", () => {
    const root = document.createElement('html');
    enterEmbedMode({ accent: '#ffdd00' }, root);
    expect(root.classList.contains('embed--accent')).toBe(true);
    const accent = root.style.getPropertyValue('--partner-accent');
    expect(accent).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastWithWhite(accent)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it('without an accent, sets no colour at all', () => {
    const root = document.createElement('html');
    enterEmbedMode({}, root);
    expect(root.classList.contains('embed--accent')).toBe(false);
    expect(root.getAttribute('style')).toBeNull();
  });
});
