import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer, heading, openApp, resetBrowser } from './render';
import { QUESTIONS, pruneToPath, serialiseAnswers } from '../../src/rules';
import scenarioFile from '../fixtures/scenarios.json';
import type { Journey } from '../rules/builders';

const scenarios = scenarioFile as Journey[];
/** A spec example by its route and regime, with only the answers on its path (the fixture holds some for later issues). */
function example(route: string, regime: string): Journey {
  const found = scenarios.find((scenario) => scenario.route === route && scenario.regime === regime);
  if (!found) throw new Error(`no spec example for ${route} under ${regime}`);
  return { ...found, answers: pruneToPath(found.answers) };
}

beforeEach(resetBrowser);
afterEach(resetBrowser);

const resultOf = () => document.querySelector('[data-route]');

describe('start screen', () => {
  it('says what the tool does, who it is for, how long it takes and that it is not legal advice', async () => {
    openApp();
    await heading(/lawful route to partner with a social enterprise/i);
    expect(screen.getByText(/who this is for/i)).toBeInTheDocument();
    expect(screen.getByText(/about 5 minutes/i)).toBeInTheDocument();
    expect(screen.getAllByText(/not legal advice/i)).toHaveLength(1);
  });

  it('"Start now" opens the first question and moves focus to its heading', async () => {
    const { user } = openApp();
    await user.click(await screen.findByRole('button', { name: /start now/i }));
    const h1 = await heading('Who is proposing the partnership?');
    await waitFor(() => expect(h1).toHaveFocus());
    expect(window.location.hash).toBe('#/initiator');
  });
});

describe('answering questions', () => {
  it('each question is a form with a legend and labelled radios named by question id', async () => {
    openApp('#/nation?initiator=authority');
    await heading('Where is the public authority?');
    const group = screen.getByRole('group', { name: /where is the public authority/i });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => (radio as HTMLInputElement).value)).toEqual(['england', 'wales', 'northern-ireland', 'scotland']);
    expect(radios.every((radio) => (radio as HTMLInputElement).name === 'nation')).toBe(true);
  });

  it('continuing without an answer shows a focused error summary and an inline message, and stays put', async () => {
    const { user } = openApp('#/initiator');
    await heading('Who is proposing the partnership?');
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(/there is a problem/i);
    expect(summary).toHaveTextContent('Select who is proposing the partnership.');
    expect(document.title).toMatch(/^Error: Who is proposing the partnership\?/);
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByText(/select who is proposing the partnership/i, { selector: '.error-message' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/initiator');
    await answer(user, 'A public authority');
    await heading('Where is the public authority?');
  });

  it('the error summary link takes focus to the field', async () => {
    const { user } = openApp('#/initiator');
    await heading('Who is proposing the partnership?');
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    await user.click(within(await screen.findByRole('alert')).getByRole('link'));
    expect(screen.getByRole('radio', { name: 'A public authority' })).toHaveFocus();
  });

  it('a money answer accepts £800,000 and keeps what was typed when it is not a number', async () => {
    const { user } = openApp('#/contractValue?arrangement=new&authorityType=sub-central&buying=yes&concession=no&initiator=authority&nation=scotland&serviceKind=education');
    await heading(/estimated value/i);
    const input = screen.getByRole('textbox', { name: /estimated value in pounds/i });
    expect(input).toHaveAttribute('inputmode', 'numeric');
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the estimated value of the contract, in pounds.');
    await user.type(input, 'about a million');
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/number of pounds/i);
    expect(input).toHaveValue('about a million');
    await user.clear(input);
    await user.type(input, '-20');
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/cannot be negative/i);
    await user.clear(input);
    await user.type(input, '£800,000');
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    // Education at £800,000 is above the Scottish light touch threshold: the reservation question comes next.
    await heading(QUESTIONS.supportedEmployment.text);
    expect(window.location.hash).toContain('contractValue=800000');
  });

  it('Back returns to the previous question with the answer still chosen', async () => {
    const { user } = openApp('#/initiator');
    await answer(user, 'A social enterprise');
    await answer(user, 'Scotland');
    await heading('Is there a procurement issue?');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Where is the public authority?');
    expect(screen.getByRole('radio', { name: 'Scotland' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'A social enterprise' })).toBeChecked();
  });

  it('Back and Continue again keep every later answer', async () => {
    const { user } = openApp('#/buying?initiator=authority&nation=scotland');
    await answer(user, /^Yes/);
    await answer(user, 'A new contract');
    await answer(user, 'Other services or goods');
    await answer(user, 'No');
    await heading('Is your body on the central government list?');
    for (let i = 0; i < 4; i += 1) await user.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Is there a procurement issue?');
    expect(screen.getByRole('radio', { name: /^Yes/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    await heading(QUESTIONS.arrangement.text);
    expect(screen.getByRole('radio', { name: 'A new contract' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    await heading('What are you buying?');
    expect(screen.getByRole('radio', { name: 'Other services or goods' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    await heading(QUESTIONS.concession.text);
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
  });

  it('asks about a joint investment only when it is not sure there is a procurement issue', async () => {
    const { user } = openApp('#/buying?initiator=authority&nation=scotland');
    await answer(user, /^Yes/);
    await heading(QUESTIONS.arrangement.text);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await answer(user, /^Not sure yet/);
    await heading(QUESTIONS.coInvestment.text);
    await answer(user, 'Yes');
    await heading(QUESTIONS.buysOutputs.text);
    await answer(user, 'No');
    await heading('Check your answers');
    await user.click(screen.getByRole('button', { name: /^Continue to your route/ }));
    await waitFor(() => expect(resultOf()).toHaveAttribute('data-route', 'co-investment'));
  });

  it('skips questions that do not apply: Scotland is never asked about health care or start dates', async () => {
    const { user } = openApp('#/initiator');
    await answer(user, 'A public authority');
    await answer(user, 'Scotland');
    expect(await heading('Is there a procurement issue?')).toHaveFocus();
    expect(window.location.hash).not.toMatch(/healthCare|startedBefore2025/);
    expect(screen.getByText('Question 3')).toBeInTheDocument();
  });
});

const lightTouch = example('light-touch', 'pa2023');

describe('check your answers and change', () => {
  it('lists every answer in words with a Change link', async () => {
    openApp(`#/check-answers?${serialiseAnswers(lightTouch.answers)}`);
    await heading('Check your answers');
    expect(screen.getByText('Estimated value')).toBeInTheDocument();
    expect(screen.getByText('£950,000')).toBeInTheDocument();
    // The light-touch route opens at the flexible gate, so only the 16 questions on its path are listed.
    const links = screen.getAllByRole('link', { name: /^Change/ });
    expect(links).toHaveLength(16);
    expect(links[0]).toHaveAccessibleName('Change proposed by');
    expect(links.at(-1)).toHaveAccessibleName('Change partner qualifies for a reserved contract');
    expect(screen.queryByRole('link', { name: /change only one organisation/i })).toBeNull();
  });

  it('changing an answer returns to that question, asks only what is new, keeps later answers that still apply, drops the rest and comes back to check your answers', async () => {
    const { user } = openApp(`#/check-answers?${serialiseAnswers(lightTouch.answers)}`);
    await heading('Check your answers');
    await user.click(screen.getByRole('link', { name: /change what is bought/i }));
    await heading('What are you buying?');
    expect(screen.getByRole('radio', { name: 'Social care' })).toBeChecked();
    await answer(user, 'Other services or goods');
    // The concession, the authority and the value still apply, so they are not asked again:
    // the next question is the first one new to this path.
    await heading(QUESTIONS.uniqueSupplier.text);
    expect(window.location.hash).not.toContain('proportionate');
    expect(window.location.hash).toContain('concession=no');
    expect(window.location.hash).toContain('authorityType=sub-central');
    expect(window.location.hash).toContain('contractValue=950000');
    await answer(user, 'No');
    await heading(QUESTIONS.innovationNeed.text);
    await answer(user, 'No');
    await heading('Check your answers');
    expect(screen.getByText('Other services or goods')).toBeInTheDocument();
    expect(screen.getByText('£950,000')).toBeInTheDocument();
    expect(screen.queryByText('Proportionate process')).toBeNull();
    expect(screen.getByRole('link', { name: /change something new must be developed/i })).toBeInTheDocument();
  });

  it('a Change to a value below the threshold ends the journey there and returns to check your answers without the later questions', async () => {
    const { user } = openApp(`#/check-answers?${serialiseAnswers(lightTouch.answers)}`);
    await heading('Check your answers');
    await user.click(screen.getByRole('link', { name: /change estimated value/i }));
    await heading(QUESTIONS.contractValue.text);
    const input = screen.getByRole('textbox', { name: /estimated value in pounds/i });
    expect(input).toHaveValue('950,000');
    await user.clear(input);
    await user.type(input, '100,000');
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    await heading('Check your answers');
    expect(screen.getByText('£100,000')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Change/ })).toHaveLength(10);
    expect(screen.queryByText('Proportionate process')).toBeNull();
    expect(window.location.hash).not.toMatch(/userChoice|proportionate|willing|transparent|mutual/);
    await user.click(screen.getByRole('button', { name: /^Continue to your route/ }));
    await waitFor(() => expect(resultOf()).toHaveAttribute('data-route', 'below-threshold'));
  });

  it('a Change that leaves the path as it was returns straight to check your answers with every answer', async () => {
    const { user } = openApp(`#/check-answers?${serialiseAnswers(lightTouch.answers)}`);
    await heading('Check your answers');
    await user.click(screen.getByRole('link', { name: /change proposed by/i }));
    await answer(user, 'A social enterprise');
    await heading('Check your answers');
    expect(screen.getAllByRole('link', { name: /^Change/ })).toHaveLength(16);
    expect(window.location.hash).toContain('initiator=social-enterprise');
  });
});

describe('result', () => {
  it('a full journey by clicking ends on the route and regime the spec gives', async () => {
    const { user } = openApp('#/');
    await user.click(await screen.findByRole('button', { name: /start now/i }));
    await answer(user, 'A public authority');
    await answer(user, 'Northern Ireland');
    await heading(QUESTIONS.startedBefore2025.text);
    await answer(user, /^No/);
    await heading('Is there a procurement issue?');
    await answer(user, /^Yes/);
    await heading(QUESTIONS.arrangement.text);
    await answer(user, 'A new contract');
    await heading('What are you buying?');
    await answer(user, 'Other services or goods');
    await heading(QUESTIONS.concession.text);
    await answer(user, 'No');
    await heading('Is your body on the central government list?');
    await answer(user, 'No, another authority');
    const input = await screen.findByRole('textbox');
    await user.type(input, '1,000,000');
    await user.click(screen.getByRole('button', { name: /^Continue/ }));
    await heading(QUESTIONS.supportedEmployment.text);
    await answer(user, 'No');
    await heading(QUESTIONS.uniqueSupplier.text);
    await answer(user, 'No');
    await heading(QUESTIONS.innovationNeed.text);
    await answer(user, 'No');
    await heading('Check your answers');
    await user.click(screen.getByRole('button', { name: /^Continue to your route/ }));
    await waitFor(() => expect(resultOf()).not.toBeNull());
    expect(resultOf()).toHaveAttribute('data-route', 'competitive-tender');
    expect(resultOf()).toHaveAttribute('data-regime', 'pa2023');
  });

  it('says the route in the regime’s terms, the legal basis with links, why, risks and next steps', async () => {
    openApp(`#/result?${serialiseAnswers(example('direct-award', 'pcr2015').answers)}`);
    const h1 = await heading(/negotiated procedure without prior publication/i);
    expect(h1.closest('[data-route]')).toHaveAttribute('data-regime', 'pcr2015');
    const basis = screen.getByRole('heading', { name: 'Legal basis' }).nextElementSibling!;
    expect(within(basis as HTMLElement).getAllByRole('link')[0]).toHaveAttribute('href', expect.stringContaining('legislation.gov.uk'));
    expect(screen.getByRole('heading', { name: 'Why this route' })).toBeInTheDocument();
    expect(screen.getByText(/formally began before 24 February 2025, so the Public Contracts Regulations 2015 still govern it/i)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Risks to manage' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /next steps for the public authority/i })).toBeInTheDocument();
    expect(within(h1.closest('[data-route]') as HTMLElement).getByText(/^Rules version/)).toHaveTextContent(
      /last reviewed on 29 November 2026/i,
    );
  });

  it('says what depends on the situation: no standstill for a light touch service, and the policy duties of its nation', async () => {
    openApp(`#/result?${serialiseAnswers(lightTouch.answers)}`);
    await screen.findByRole('heading', { name: 'Depends on your situation' });
    expect(screen.getByText(/sets no minimum participation or tendering periods/)).toBeInTheDocument();
    expect(screen.getByText(/have regard to the National Procurement Policy Statement/)).toBeInTheDocument();
    expect(screen.queryByText(/Social Value Act does not extend to Northern Ireland/)).toBeNull();
    // Nothing was left unsure or put at risk: no open questions and no duties to watch.
    expect(screen.queryByRole('heading', { name: 'Open questions' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Duties to watch' })).toBeNull();
  });

  it('keeps light touch when the process may not be proportionate or open, and names the duties to watch', async () => {
    openApp(`#/result?${serialiseAnswers({ ...lightTouch.answers, proportionate: 'no', transparent: 'unsure' })}`);
    await screen.findByRole('heading', { name: 'Duties to watch' });
    expect(resultOf()).toHaveAttribute('data-route', 'light-touch');
    expect(screen.getByText(/Asking more of bidders than that would be unlawful/)).toBeInTheDocument();
    expect(screen.getByText(/equal treatment is a legal duty, not an option/)).toBeInTheDocument();
  });

  it('where the health regime lets the authority choose, names the processes and what the regulations require it to record', async () => {
    openApp(`#/result?${serialiseAnswers(example('existing-provider', 'psr').answers)}`);
    await heading('Direct Award Process C');
    expect(resultOf()).toHaveAttribute('data-regime', 'psr');
    expect(screen.getByText('The law lets you choose between:').parentElement).toHaveTextContent(
      'Direct Award Process C; the Most Suitable Provider Process; the Competitive Process.',
    );
    let record = screen.getByRole('heading', { name: 'What the regulations require you to record' }).nextElementSibling;
    while (record && record.tagName !== 'UL') record = record.nextElementSibling;
    const recorded = within(record as HTMLElement).getAllByRole('listitem');
    expect(recorded.some((item) => /how you took the key criteria into account/i.test(item.textContent ?? ''))).toBe(true);
    expect(recorded.some((item) => /reasons for each decision/i.test(item.textContent ?? ''))).toBe(true);
  });

  it('shows next steps for a social enterprise when one proposed the partnership', async () => {
    openApp(`#/result?${serialiseAnswers({ ...lightTouch.answers, initiator: 'social-enterprise' })}`);
    expect(await screen.findByRole('heading', { name: /next steps for the social enterprise/i })).toBeInTheDocument();
    expect(resultOf()).toHaveAttribute('data-route', 'light-touch');
  });

  it('lists each "not sure" answer as an open question with what it could change', async () => {
    openApp(`#/result?${serialiseAnswers({ ...example('competitive-tender', 'pa2023').answers, uniqueSupplier: 'unsure' })}`);
    await screen.findByRole('heading', { name: 'Open questions' });
    const item = screen.getByRole('heading', { name: /only one organisation deliver/i }).parentElement!;
    expect(item).toHaveTextContent(/direct award/i);
  });

  it('Start again clears the answers and returns to the start', async () => {
    const { user } = openApp(`#/result?${serialiseAnswers(lightTouch.answers)}`);
    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    await heading(/lawful route to partner/i);
    expect(window.location.hash).toBe('#/');
  });
});

describe('links and saved progress', () => {
  it('a result link opened with empty storage shows the same result', async () => {
    for (const scenario of scenarios) {
      resetBrowser();
      const { unmount } = openApp(`#/result?${serialiseAnswers(scenario.answers)}`);
      await waitFor(() => expect(resultOf()).not.toBeNull());
      expect(resultOf()).toHaveAttribute('data-route', scenario.route);
      expect(resultOf()).toHaveAttribute('data-regime', scenario.regime);
      unmount();
    }
  });

  it('a link naming a step not yet reachable goes to the furthest reachable step', async () => {
    openApp('#/result?initiator=authority&nation=england');
    await heading('Are these health care services?');
    expect(window.location.hash).toBe('#/healthCare?initiator=authority&nation=england');
  });

  it('refuses invalid values in a link with a plain message and never shows a result', async () => {
    const bad = { ...lightTouch.answers, transparent: '<img src=x onerror=alert(1)>' };
    openApp(`#/result?${new URLSearchParams(bad)}`);
    await heading(QUESTIONS.transparent.text);
    expect(screen.getByRole('status')).toHaveTextContent(/could not use all of the link/i);
    expect(screen.getByRole('status')).toHaveTextContent(/was not one of the choices/i);
    expect(resultOf()).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('offers to continue where you left off after a reload of the start page', async () => {
    const first = openApp('#/initiator');
    await answer(first.user, 'A public authority');
    await answer(first.user, 'Wales');
    await heading('Are these health care services?');
    first.unmount();
    const { user } = openApp('#/');
    expect(await screen.findByText('You answered 2 questions last time.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /continue where you left off/i }));
    expect(await heading('Are these health care services?')).toHaveFocus();
    expect(window.location.hash).toBe('#/healthCare?initiator=authority&nation=wales');
  });

  it('"Start again" on the start page forgets every answer, even ones still in the journey after going back', async () => {
    const { user } = openApp('#/initiator');
    await answer(user, 'A public authority');
    await answer(user, 'Scotland');
    await heading('Is there a procurement issue?');
    for (let i = 0; i < 3; i += 1) await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    await heading('Who is proposing the partnership?');
    expect(screen.getByRole('radio', { name: 'A public authority' })).not.toBeChecked();
    expect(window.location.hash).toBe('#/initiator');
  });

  it('the service name in the header returns to the start page without losing saved progress', async () => {
    const { user } = openApp('#/initiator');
    await answer(user, 'A public authority');
    await answer(user, 'Wales');
    await heading('Are these health care services?');
    await user.click(screen.getByRole('link', { name: 'Partnership Pathfinder' }));
    expect(await screen.findByRole('button', { name: /continue where you left off/i })).toBeInTheDocument();
  });

  it('"Larger text" enlarges everything, and is remembered for next time', async () => {
    const { user, unmount } = openApp('#/');
    const toggle = await screen.findByRole('button', { name: 'Larger text' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('text-large');
    expect(localStorage.getItem('partnership-pathfinder')).toContain('"textSize":"large"');
    unmount();
    openApp('#/');
    expect(await screen.findByRole('button', { name: 'Larger text' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Larger text' }));
    expect(document.documentElement).not.toHaveClass('text-large');
  });

  it('corrupt saved data gives a clean start, not a crash', async () => {
    localStorage.setItem('partnership-pathfinder', '{not json');
    openApp('#/');
    expect(await screen.findByRole('button', { name: /start now/i })).toBeInTheDocument();
  });
});
