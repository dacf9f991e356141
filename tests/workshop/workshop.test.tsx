import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { heading, openApp, resetBrowser } from '../steps/render';
import { usePresentation } from '../../src/workshop/presentation';
import { STORAGE_KEY } from '../../src/session/progressStore';
import { QUESTIONS, ROUTE_IDS, pruneToPath, serialiseAnswers } from '../../src/rules';
import scenarioFile from '../fixtures/scenarios.json';
import type { Journey } from '../rules/builders';

const first = (scenarioFile as Journey[])[0] as Journey;
// The fixture also answers questions after the route (for "check the remaining routes"); a link carries only the path.
const scenario = { ...first, answers: pruneToPath(first.answers) };

function reset() {
  resetBrowser();
  // resetBrowser keeps the page query; presentation mode lives there.
  window.history.replaceState(null, '', '/#/');
  usePresentation.setState({ present: false });
  document.documentElement.classList.remove('present');
}

beforeEach(reset);
afterEach(reset);

async function present(hash: string) {
  const view = openApp(hash);
  await screen.findByRole('heading', { level: 1 });
  await view.user.click(screen.getByRole('button', { name: 'Presentation mode' }));
  return view;
}

describe('presentation mode', () => {
  it('is a toggle that puts ?present in the page URL, keeps the step, and clears saved answers', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { answers: { initiator: 'authority' } }, version: 2 }));
    await present('#/nation?initiator=authority');
    expect(screen.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.location.search).toBe('?present');
    expect(window.location.hash).toBe('#/nation?initiator=authority');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(document.documentElement).toHaveClass('present');
  });

  it('turning it off takes ?present out of the page URL and keeps the step', async () => {
    const { user } = await present('#/nation?initiator=authority');
    await user.click(screen.getByRole('button', { name: 'Presentation mode' }));
    expect(screen.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute('aria-pressed', 'false');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/nation?initiator=authority');
    expect(document.documentElement).not.toHaveClass('present');
    await user.keyboard('{Backspace}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(QUESTIONS.nation.text);
  });

  it('number keys choose an option without moving on, Enter continues and Backspace goes back', async () => {
    const { user } = await present('#/nation?initiator=authority');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    await user.keyboard('4');
    expect(screen.getByRole('radio', { name: 'Scotland' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(QUESTIONS.nation.text);
    await user.keyboard('2');
    expect(screen.getByRole('radio', { name: 'Wales' })).toBeChecked();
    await user.keyboard('{Enter}');
    await heading(QUESTIONS.healthCare.text);
    expect(window.location.hash).toBe('#/healthCare?initiator=authority&nation=wales');
    await user.keyboard('{Backspace}');
    await heading(QUESTIONS.nation.text);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('keys do nothing while typing the contract value', async () => {
    const { user } = await present('#/contractValue?arrangement=new&authorityType=sub-central&buying=yes&concession=no&initiator=authority&nation=scotland&serviceKind=education');
    const input = screen.getByRole('textbox', { name: /estimated value in pounds/i });
    await user.type(input, '12m?r{Backspace}{Backspace}{Backspace}');
    expect(input).toHaveValue('12');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(QUESTIONS.contractValue.text);
  });

  it('R asks before starting again, Enter confirms, and starting again forgets everything', async () => {
    const { user } = await present('#/nation?initiator=authority&obstacles=risk-aversion');
    await user.keyboard('r');
    const confirm = await screen.findByRole('dialog', { name: 'Start again?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(QUESTIONS.nation.text);
    await user.keyboard('R');
    expect(within(await screen.findByRole('dialog', { name: 'Start again?' })).getByRole('button', { name: 'Yes, start again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: /start now/i });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(window.location.hash).toBe('#/');
    expect(window.location.search).toBe('?present');
  });

  it('? shows the keys', async () => {
    const { user } = await present('#/initiator');
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Presentation keys' });
    const caps = [...help.querySelectorAll('kbd')].map((kbd) => kbd.textContent);
    expect(caps).toEqual(['1', '9', 'Enter', 'Backspace', '←', 'M', 'W', 'R', 'F', '?']);
    expect(help).toHaveTextContent('1 to 9');
    expect(help).toHaveTextContent('Backspace or ←');
  });
});

describe('what if? by keyboard', () => {
  const LIGHT_TOUCH =
    'arrangement=new&authorityType=sub-central&buying=yes&concession=no&contractValue=950000&healthCare=no&initiator=authority&mutual=no&nation=england&proportionate=yes&serviceKind=social-care&startedBefore2025=no&supportedEmployment=no&transparent=yes&userChoice=no&willing=few';

  it('W opens it on a result; while it is open the room keys rest, and a digit picks another answer', async () => {
    const { user } = await present(`#/result?${LIGHT_TOUCH}`);
    screen.getByRole('heading', { level: 1 }).focus();
    await user.keyboard('w');
    const dialog = await screen.findByRole('dialog', { name: 'What if?' });
    await waitFor(() => expect(within(dialog).getByRole('heading', { name: 'What if?' })).toHaveFocus());
    // Backspace would go back and M open the map, were the room's keys not resting.
    await user.keyboard('{Backspace}m');
    expect(screen.queryByRole('dialog', { name: 'Decision map' })).toBeNull();
    expect(window.location.hash).toBe(`#/result?${LIGHT_TOUCH}`);
    // The first answer on the path is who proposed it; 1 tries the other proposer.
    await user.keyboard('1');
    expect(within(dialog).getByRole('radio', { name: 'A social enterprise' })).toBeChecked();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('m');
    expect(await screen.findByRole('dialog', { name: 'Decision map' })).toBeInTheDocument();
  });

  it('W does nothing away from a result', async () => {
    const { user } = await present('#/nation?initiator=authority');
    screen.getByRole('heading', { level: 1 }).focus();
    await user.keyboard('w');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('decision map', () => {
  it('M opens it, with the path so far and every route of the chart; Escape closes it and focus goes back', async () => {
    const { user } = await present('#/healthCare?initiator=authority&nation=england');
    const h1 = screen.getByRole('heading', { level: 1 });
    await waitFor(() => expect(h1).toHaveFocus());
    await user.keyboard('m');
    const map = await screen.findByRole('dialog', { name: 'Decision map' });
    await waitFor(() => expect(within(map).getByRole('heading', { name: 'Decision map' })).toHaveFocus());
    const nodes = [...map.querySelectorAll('[data-node]')].map((node) => node.getAttribute('data-node'));
    expect(nodes.sort()).toEqual(['start', 'initiator', 'nation', 'healthCare', ...ROUTE_IDS].sort());
    const onPath = [...map.querySelectorAll('[data-on-path="true"]')].map((node) => node.getAttribute('data-node'));
    expect(onPath).toEqual(['start', 'initiator', 'nation', 'healthCare']);
    expect(map.querySelector('[data-current="true"]')).toHaveAttribute('data-node', 'healthCare');
    // Each answer given is written on the arrow leaving its question.
    expect(map.querySelector('[data-edge-from="nation"]')).toHaveTextContent('England');
    // The question on screen is opened up: where each of its answers leads.
    const branches = within(map).getByRole('list', { name: `Each answer to “${QUESTIONS.healthCare.shortLabel}”` });
    expect(within(branches).getAllByRole('listitem').length).toBeGreaterThan(1);
    const path = map.querySelector('[data-map-path]') as HTMLElement;
    expect(path.querySelectorAll('li')).toHaveLength(4);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(h1).toHaveFocus();
  });

  it('on the result, marks the chosen route and is opened by a button that gets focus back', async () => {
    const { user } = openApp(`#/result?${serialiseAnswers(scenario.answers)}`);
    await waitFor(() => expect(document.querySelector('[data-route]')).toHaveAttribute('data-route', scenario.route));
    const opener = screen.getByRole('button', { name: /map/i });
    await user.click(opener);
    const map = await screen.findByRole('dialog', { name: 'Decision map' });
    expect(map.querySelector(`[data-node="${scenario.route}"]`)).toHaveAttribute('data-on-path', 'true');
    expect(map.querySelectorAll('[data-kind="route"][data-on-path="true"]')).toHaveLength(1);
    await user.click(within(map).getByRole('button', { name: /close/i }));
    expect(opener).toHaveFocus();
  });
});

describe('what is holding you back', () => {
  it('ticked obstacles show a response, go into the URL without upsetting the answers, and appear on the result', async () => {
    const { user } = openApp(`#/check-answers?${serialiseAnswers(scenario.answers)}`);
    await heading('Check your answers');
    await user.click(screen.getByRole('button', { name: 'What is holding you back?' }));
    const dialog = await screen.findByRole('dialog', { name: 'What is holding you back?' });
    const group = within(dialog).getByRole('group', { name: 'Obstacles your group faces' });
    await user.click(within(group).getByRole('checkbox', { name: /done it like this before/i }));
    expect(within(dialog).getByText(/Leicestershire/)).toBeInTheDocument();
    expect(window.location.hash).toMatch(/&obstacles=never-done-it$/);
    expect(within(group).getByRole('checkbox', { name: /done it like this before/i })).toHaveFocus();
    expect(within(dialog).getAllByRole('button')).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: /^close/i }));
    expect(screen.queryByText(/could not use all of the link/i)).toBeNull();
    await user.click(screen.getByRole('button', { name: /continue to your route/i }));
    const result = await screen.findByRole('region', { name: 'What is holding you back' });
    expect(result).toHaveTextContent(/done it like this before/i);
    expect(document.querySelector('[data-route]')).toHaveAttribute('data-route', scenario.route);
    expect(window.location.hash).toMatch(/^#\/result\?.*obstacles=never-done-it$/);
  });
});

describe('compare routes', () => {
  it('appears once the law is known and lists every route under it', async () => {
    const { user } = openApp('#/nation?initiator=authority');
    await heading(QUESTIONS.nation.text);
    expect(screen.queryByRole('button', { name: 'Compare routes' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Scotland' }));
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    await user.click(await screen.findByRole('button', { name: 'Compare routes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Compare routes' });
    const routes = [...dialog.querySelectorAll('[data-compare-route]')].map((item) => item.getAttribute('data-compare-route'));
    expect(routes).toContain('light-touch');
    expect(routes).not.toContain('user-choice');
    for (const term of ['What it allows', 'When it can be used', 'Risks', 'Typical timescale']) {
      expect(within(dialog).getAllByText(term)).toHaveLength(routes.length);
    }
  });
});
