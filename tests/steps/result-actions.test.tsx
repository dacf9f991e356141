import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer, heading, openApp, resetBrowser } from './render';
import { QUESTIONS } from '../../src/rules';

beforeEach(resetBrowser);
afterEach(resetBrowser);

/** Spec example: England, adult social care, a few others could deliver: light touch (pa2023). Keys sorted, as the app writes them. */
const LIGHT_TOUCH =
  'arrangement=new&authorityType=sub-central&buying=yes&concession=no&contractValue=950000&healthCare=no&initiator=authority&mutual=no&nation=england&proportionate=yes&serviceKind=social-care&startedBefore2025=no&supportedEmployment=no&transparent=yes&userChoice=no&willing=few';

const resultRoute = () => document.querySelector('[data-route]')?.getAttribute('data-route');

describe('checking the remaining routes', () => {
  it('continues through the skipped gates, numbering the questions on, and lists every open route', async () => {
    const { user } = openApp(`#/result?${LIGHT_TOUCH}`);
    await user.click(await screen.findByRole('button', { name: 'Check the remaining routes too' }));
    await heading(QUESTIONS.uniqueSupplier.text);
    expect(window.location.hash).toMatch(/^#\/uniqueSupplier\?.*&remaining=yes$/);
    // Light touch opened on the 16th question.
    expect(screen.getByText('Question 17')).toBeInTheDocument();
    await answer(user, 'Yes');
    await heading(QUESTIONS.noAlternative.text);
    await answer(user, 'Yes');
    // A direct award opens here, but the check goes on through the innovation gate.
    await heading(QUESTIONS.innovationNeed.text);
    expect(screen.getByText('Question 19')).toBeInTheDocument();
    await answer(user, 'No');
    await heading('Check your answers');
    expect(screen.getByText('No reasonable alternative')).toBeInTheDocument();
    expect(screen.getByText('Something new must be developed')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue to your route' }));
    const list = await screen.findByRole('region', { name: 'Every route open to you' });
    const items = within(list).getAllByRole('listitem');
    // For a light touch service nothing else opening lands on light touch again, never on a competitive tender.
    expect(items.map((item) => item.getAttribute('data-open-route'))).toEqual(['light-touch', 'direct-award']);
    expect(items[0]).toHaveTextContent('(recommended)');
    expect(screen.queryByRole('button', { name: 'Check the remaining routes too' })).toBeNull();
  });

  it('Back from the first remaining question returns to the recommendation', async () => {
    const { user } = openApp(`#/result?${LIGHT_TOUCH}`);
    await user.click(await screen.findByRole('button', { name: 'Check the remaining routes too' }));
    await heading(QUESTIONS.uniqueSupplier.text);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(resultRoute()).toBe('light-touch'));
    expect(window.location.hash).toBe(`#/result?${LIGHT_TOUCH}`);
  });

  it('is not offered when no route remains to check', async () => {
    openApp(
      '#/result?arrangement=new&authorityType=sub-central&buying=yes&concession=no&contractValue=5000000&healthCare=no&initiator=authority&innovationNeed=no&nation=england&serviceKind=other&startedBefore2025=no&supportedEmployment=no&uniqueSupplier=no',
    );
    await waitFor(() => expect(resultRoute()).toBe('competitive-tender'));
    expect(screen.queryByRole('button', { name: 'Check the remaining routes too' })).toBeNull();
  });

  it('is not offered below the threshold, where the journey ends', async () => {
    openApp(
      '#/result?arrangement=new&authorityType=sub-central&buying=yes&concession=no&contractValue=100000&healthCare=no&initiator=authority&nation=england&serviceKind=other&startedBefore2025=no',
    );
    await waitFor(() => expect(resultRoute()).toBe('below-threshold'));
    expect(screen.queryByRole('button', { name: 'Check the remaining routes too' })).toBeNull();
  });
});

describe('sharing', () => {
  it('copies a link that holds the answers, readable and sorted', async () => {
    const { user } = openApp(`#/result?${LIGHT_TOUCH}`);
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/Link copied/)).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(`${location.origin}${location.pathname}#/result?${LIGHT_TOUCH}`);
  });
});

describe('links that are wrong', () => {
  it('an unknown page is named and the journey goes as far as the answers reach', async () => {
    openApp('#/res?initiator=authority');
    await heading('Where is the public authority?');
    expect(screen.getByRole('status')).toHaveTextContent('We did not recognise the page “/res”');
  });

  it('a garbled remaining-routes setting is named and ignored', async () => {
    openApp(`#/result?${LIGHT_TOUCH}&remaining=%3Cscript%3E`);
    await waitFor(() => expect(resultRoute()).toBe('light-touch'));
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/check the remaining routes/);
    expect(screen.queryByRole('region', { name: 'Every route open to you' })).toBeNull();
  });
});

describe('a link stuffed with junk', () => {
  it('names the first few problems and counts the rest, still opening the result', async () => {
    const junk = Array.from({ length: 500 }, (_, index) => `junk${index}=%3Cb%3E`).join('&');
    openApp(`#/result?${LIGHT_TOUCH}&${junk}`);
    await waitFor(() => expect(resultRoute()).toBe('light-touch'));
    const status = screen.getAllByRole('status')[0]!;
    expect(within(status).getAllByRole('listitem')).toHaveLength(9);
    expect(status).toHaveTextContent('…and 492 more things we could not use.');
    expect(window.location.hash).toBe(`#/result?${LIGHT_TOUCH}`);
  });
});
