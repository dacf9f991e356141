import type { RouteContent, RouteInRegime } from './types';
import { PSR } from './sources';
import { KEY_CRITERIA } from './psr-shared';

// legal-facts: "PSR processes" — Direct Award process C, reg 9; considerable
// change, reg 6(10)–(12); key criteria, reg 5; standstill 8 working days.
// Case: Oldham social prescribing, re-awarded Nov 2024 under process C.

const psr: RouteInRegime = {
  name: 'Direct Award process C',
  allows:
    'You can give a new contract to the provider already delivering the service, without a competition, when their contract is ending and they are doing a good job. For example, Oldham’s social prescribing partnership was re-awarded this way in November 2024: £3.9 million over six years.',
  when: `When an existing contract is ending, the service is not changing considerably, and the current provider is satisfying the contract, judged against ${KEY_CRITERIA}. A considerable change means the new arrangements are materially different in character, or changes made by the authority raise the lifetime value by at least £500,000 and by at least 25%.`,
  basis: [PSR.reg9, PSR.reg6, PSR.reg5],
  risks: [
    'If the service is changing considerably — materially different in character, or changes made by the authority adding at least £500,000 and at least 25% to the lifetime value — process C is not available.',
    'The provider’s performance must be judged against the key criteria. A thin or missing assessment leaves the decision open to challenge.',
    'Decisions must be recorded, and you must wait out the 8-working-day standstill before the contract is awarded. Skipping either weakens your position if someone objects.',
  ],
  nextSteps: {
    authority: [
      'Note when the current contract ends and start planning well before then.',
      'Assess the current provider against each key criterion, using performance data and feedback from people who use the service, and write it down.',
      'Compare the planned new contract with the current one. Check it is not materially different in character and that your changes do not raise the lifetime value by both £500,000 and 25% (reg 6(10)–(12)).',
      'Record your decision and reasons, publish the notices the regulations require, and wait out the 8-working-day standstill before awarding.',
      'Deal with any concerns raised during the standstill, then award the contract and keep the full record.',
    ],
    'social-enterprise': [
      'If you are the current provider, gather evidence of how you have met the contract against each key criterion — including social value and reducing health inequalities.',
      'Ask the commissioner early whether they plan to use Direct Award process C, and when the decision is due.',
      'Tell the commissioner about any changes you would like to the service. Big changes could mean process C cannot be used.',
      'If you are not the current provider but want to offer the service, raise it with the commissioner before the decision is made, and raise any concerns about the decision during the standstill.',
    ],
  },
  timescale:
    'Usually a few months of assessment and approval before the current contract ends, then at least the 8-working-day standstill.',
};

export const existingProvider: RouteContent = {
  id: 'existing-provider',
  title: 'Keep the existing provider',
  summary: 'Re-award a health care contract, without a competition, to the provider already delivering it well.',
  regimes: { psr },
};
