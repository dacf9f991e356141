import type { RouteContent, RouteInRegime } from './types';
import { PSR } from './sources';
import { KEY_CRITERIA } from './psr-shared';

// legal-facts: "PSR processes" — Most Suitable Provider process, reg 10; key
// criteria, reg 5; competitive process, reg 11; decisions recorded; standstill
// 8 working days.

const psr: RouteInRegime = {
  name: 'Most Suitable Provider process',
  allows:
    'You can choose the provider you judge most suitable, without running a competition, by applying the key criteria.',
  when: `When, without asking providers to compete, you can identify the most suitable one by assessing the likely providers against ${KEY_CRITERIA}.`,
  basis: [PSR.reg10, PSR.reg5],
  risks: [
    'You must be able to show how you weighed the key criteria. A thin record invites challenge.',
    'If you cannot tell who is most suitable without comparing bids, use the competitive process (reg 11) instead.',
    'Decisions must be recorded, and you must wait out the 8-working-day standstill before the contract is awarded.',
  ],
  nextSteps: {
    authority: [
      'List the providers that could deliver, using what you know of the market and any recent engagement.',
      'Decide how you will weigh the five key criteria, and write it down before you assess anyone.',
      'Assess the providers against the key criteria and record who is most suitable and why.',
      'Publish your decision as the regulations require and wait out the 8-working-day standstill.',
      'Deal with any concerns raised during the standstill, then award the contract and keep the full record.',
    ],
    'social-enterprise': [
      'Make sure the commissioner knows what you offer, with evidence against each key criterion.',
      'Ask whether they plan to use the Most Suitable Provider process, and when they will decide.',
      'Watch for the published decision. If you think you were overlooked, raise it during the standstill.',
    ],
  },
  timescale: 'Often one to three months of assessment, depending on the number of providers, then at least the 8-working-day standstill.',
};

export const mostSuitableProvider: RouteContent = {
  id: 'most-suitable-provider',
  title: 'Most suitable provider',
  summary: 'Choose the best-placed health care provider by weighing the key criteria, without a competition.',
  regimes: { psr },
};
