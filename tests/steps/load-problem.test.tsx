import { screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { openApp, resetBrowser } from './render';
import { serialiseAnswers } from '../../src/rules';
import scenarioFile from '../fixtures/scenarios.json';
import type { Journey } from '../rules/builders';

// As when a release replaced the result's code file while the page was open.
vi.mock('../../src/steps/ResultStep', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

beforeEach(resetBrowser);
afterEach(resetBrowser);

it('a result whose code cannot load offers a reload instead of a blank page', async () => {
  const silence = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const journey = (scenarioFile as Journey[])[0]!;
  openApp(`#/result?${serialiseAnswers(journey.answers)}`);
  expect(await screen.findByRole('heading', { level: 1, name: /did not load properly/i })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  expect(screen.getByText(/reloading loses nothing/i)).toBeInTheDocument();
  silence.mockRestore();
});
