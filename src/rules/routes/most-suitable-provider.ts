import type { RouteContent, RouteInRegime } from './types';
import { PSR, WALES } from './sources';
import { KEY_CRITERIA, STANDSTILL_ENGLAND, STANDSTILL_WALES, WELSH_KEY_CRITERIA, recordRequirements } from './psr-shared';

// health.md / health-order.md: reg 6(6) (Wales reg 7(6)) — the authority MAY
// use the Most Suitable Provider Process or the Competitive Process; reg 10
// steps: intention notice first, then at least 14 days before the pool of
// providers is settled (reg 10(5); Wales reg 10(7)); notice of intention to
// award; standstill (reg 12); award notice within 30 days.

const MAY_CHOOSE = ['the Most Suitable Provider Process', 'the Competitive Process'];

const THIN_RECORD_RISK = 'You must be able to show how you weighed the key criteria. A thin record invites challenge.';

const SE_STEPS = [
  'Watch for the notice that the authority intends to use this process: you have at least 14 days to make sure it knows about you before it settles which providers to consider.',
  'Make sure the commissioner knows what you offer, with evidence against each key criterion.',
  'Watch for the notice of intention to award. If you think you were overlooked, raise it during the standstill.',
];

const psr: RouteInRegime = {
  name: 'Most Suitable Provider Process',
  allows:
    'You may choose the provider you judge most suitable, without running a competition, by applying the key criteria. This is an option, not a duty: the law lets you choose between the Most Suitable Provider Process and the Competitive Process.',
  when: `Only when Direct Award Processes A and B are not required and Process C does not apply, and, taking into account the likely providers and all the information you have, you are likely to be able to identify the most suitable provider by assessing them against ${KEY_CRITERIA}.`,
  basis: [PSR.reg6, PSR.reg10, PSR.reg5, PSR.reg12, PSR.reg24],
  risks: [
    'The first step is a notice that you intend to use this process, and you must wait at least 14 days after it before you settle which providers to consider. Skipping it is a breach of reg 10.',
    THIN_RECORD_RISK,
    'If you cannot tell who is most suitable without comparing offers, use the Competitive Process (reg 11) instead.',
  ],
  nextSteps: {
    authority: [
      'Publish a notice of intention to follow the Most Suitable Provider Process.',
      'Identify the providers that could deliver, using the key criteria and the basic selection criteria. Do not finish this step until at least 14 days after that notice.',
      'Assess them against the key criteria, applying the basic selection criteria, and record who is most suitable and why.',
      `Publish a notice of intention to award. ${STANDSTILL_ENGLAND}`,
      'Deal with any representations, enter the contract, publish the award notice within 30 days, and keep the record reg 24 requires.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'At least 14 days after the first notice before the field of providers is settled, often one to three months of assessment, then at least the 8-working-day standstill.',
  mayChooseBetween: MAY_CHOOSE,
  mustRecord: recordRequirements(false, 'assessed'),
};

const psrWales: RouteInRegime = {
  name: 'Most Suitable Provider Process',
  allows:
    'You may choose the provider you judge most suitable, without running a competition, by applying the Welsh key criteria. This is an option, not a duty: the law lets you choose between the Most Suitable Provider Process and the Competitive Process.',
  when: `Only when Direct Award Process 1 is not required and Direct Award Process 2 does not apply, and, taking into account the likely providers and all the information you have, you are likely to be able to identify the most suitable provider by assessing them against ${WELSH_KEY_CRITERIA}.`,
  basis: [WALES.reg7, WALES.reg10, WALES.reg6, WALES.reg12, WALES.reg30],
  risks: [
    'The first step is a notice that you intend to use this process, and you must wait at least 14 days after submitting it before you settle which providers to consider. Skipping it is a breach of reg 10.',
    THIN_RECORD_RISK,
    'If you cannot tell who is most suitable without comparing offers, use the Competitive Process (reg 11) instead.',
  ],
  nextSteps: {
    authority: [
      'Submit a notice of intention to follow the Most Suitable Provider Process.',
      'Identify the providers that could deliver. Do not finish this step until at least 14 days after that notice was submitted.',
      'Assess them against the Welsh key criteria, applying the basic selection criteria, and record who is most suitable and why.',
      `Submit a notice of intention to award. ${STANDSTILL_WALES}`,
      'Enter the contract, publish the award notice within 30 days, and keep the reg 30 record for 3 years.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'At least 14 days after the first notice before the field of providers is settled, often one to three months of assessment, then at least the 8-working-day standstill.',
  mayChooseBetween: MAY_CHOOSE,
  mustRecord: recordRequirements(true, 'assessed'),
};

export const mostSuitableProvider: RouteContent = {
  id: 'most-suitable-provider',
  title: 'Most suitable provider',
  summary: 'Choose the best-placed health care provider by weighing the key criteria, without a competition — or run a competition instead.',
  regimes: { psr, 'psr-wales': psrWales },
};
