import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { heading, openApp, resetBrowser } from './render';
import { QUESTIONS } from '../../src/rules';
import { routeIn } from '../../src/rules/routes';

beforeEach(resetBrowser);
afterEach(resetBrowser);

/** Spec example: England, adult social care, a few others could deliver: light touch (pa2023). Keys sorted, as the app writes them. */
const LIGHT_TOUCH =
  'arrangement=new&authorityType=sub-central&buying=yes&concession=no&contractValue=950000&healthCare=no&initiator=authority&mutual=no&nation=england&proportionate=yes&serviceKind=social-care&startedBefore2025=no&supportedEmployment=no&transparent=yes&userChoice=no&willing=few';

const LIGHT_TOUCH_NAME = routeIn('light-touch', 'pa2023').name;
const NO_CONTRACT_NAME = routeIn('no-contract', 'pa2023').name;

async function openWhatIf() {
  const view = openApp(`#/result?${LIGHT_TOUCH}`);
  await heading(LIGHT_TOUCH_NAME);
  const opener = screen.getByRole('button', { name: 'What if? Try another answer' });
  await view.user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'What if?' });
  return { ...view, opener, dialog };
}

describe('what if?', () => {
  it('opens with focus on its heading and shows the result beside another answer, leaving the real answers alone', async () => {
    const { user, dialog } = await openWhatIf();
    expect(within(dialog).getByRole('heading', { name: 'What if?' })).toHaveFocus();
    await user.selectOptions(within(dialog).getByLabelText('The answer to change'), 'buying');
    await user.click(within(dialog).getByRole('radio', { name: 'No' }));
    const now = within(dialog).getByRole('region', { name: 'With your answers' });
    expect(now).toHaveTextContent(LIGHT_TOUCH_NAME);
    const other = within(dialog).getByRole('region', { name: /^With “No” for / });
    expect(other).toHaveTextContent(NO_CONTRACT_NAME);
    expect(other).toHaveTextContent('Why, where it differs');
    // Nothing followed yet: the address and the result are the real ones.
    expect(window.location.hash).toBe(`#/result?${LIGHT_TOUCH}`);
    expect(document.querySelector('[data-route]')).toHaveAttribute('data-route', 'light-touch');
  });

  it('following the other answer replays the journey to its result; the browser keeps the old one a Back away', async () => {
    const { user, dialog } = await openWhatIf();
    await user.selectOptions(within(dialog).getByLabelText('The answer to change'), 'buying');
    await user.click(within(dialog).getByRole('radio', { name: 'No' }));
    await user.click(within(dialog).getByRole('button', { name: 'Follow this answer' }));
    await waitFor(() => expect(document.querySelector('[data-route]')).toHaveAttribute('data-route', 'no-contract'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.hash).toMatch(/^#\/result\?.*buying=no/);
    expect(window.location.hash).not.toContain('contractValue');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    window.history.back();
    await waitFor(() => expect(document.querySelector('[data-route]')).toHaveAttribute('data-route', 'light-touch'));
    expect(window.location.hash).toBe(`#/result?${LIGHT_TOUCH}`);
  });

  it('an answer that needs more answers says which question comes next, and following it asks that question', async () => {
    const { user, dialog } = await openWhatIf();
    await user.selectOptions(within(dialog).getByLabelText('The answer to change'), 'arrangement');
    await user.click(within(dialog).getByRole('radio', { name: /framework/i }));
    expect(dialog).toHaveTextContent(QUESTIONS.onFramework.text);
    expect(dialog).toHaveTextContent('It could still lead to');
    await user.click(within(dialog).getByRole('button', { name: 'Follow this answer' }));
    await heading(QUESTIONS.onFramework.text);
  });

  it('another amount gets the form’s validation, in plain words, before anything is shown', async () => {
    const { user, dialog } = await openWhatIf();
    await user.selectOptions(within(dialog).getByLabelText('The answer to change'), 'contractValue');
    const field = within(dialog).getByLabelText(/What if the value were/);
    await user.type(field, '1,50{Enter}');
    expect(within(dialog).getByText('Check the commas: enter the value like 800,000 or 800000.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.type(field, '10,000');
    await user.click(within(dialog).getByRole('button', { name: 'Try this amount' }));
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(within(dialog).getByRole('region', { name: /^With “£10,000” for / })).toHaveTextContent(routeIn('below-threshold', 'pa2023').name);
  });

  it('Escape closes it, focus goes back to the button, and the result is unchanged', async () => {
    const { user, opener } = await openWhatIf();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    expect(window.location.hash).toBe(`#/result?${LIGHT_TOUCH}`);
  });
});
