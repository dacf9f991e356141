import type { RouteContent, RouteInRegime } from './types';
import { PSR, WALES } from './sources';
import { KEY_CRITERIA, STANDSTILL_ENGLAND, STANDSTILL_WALES, WELSH_KEY_CRITERIA, recordRequirements } from './psr-shared';

// health.md / health-order.md: reg 6(5) (Wales reg 7(5)) — the authority MAY
// use Process C (Wales Process 2), Most Suitable Provider or Competitive, and
// only if Process A/B (Wales Process 1) is not required; reg 9 steps; the
// considerable change test reg 6(10)–(12) (Wales reg 7(9)–(12)); standstill
// reg 12. Case (LF): Oldham social prescribing, re-awarded Nov 2024 under C.

const CONSIDERABLE_CHANGE =
  'A considerable change means the new arrangements are materially different in character, or changes you decide on raise the lifetime value by at least £500,000 and by at least 25%. Changes caused by things outside your and the provider’s control, such as patient numbers, do not count.';

const CHANGE_RISK =
  'If the new contract is a considerable change — materially different in character, or your changes adding at least £500,000 and at least 25% to the lifetime value — this process is not available.';

const SE_CHANGE_STEP =
  'Tell the commissioner about any changes you would like to the service. Big changes could mean this process cannot be used.';

const SE_OTHER_STEP =
  'If you are not the current provider but want to offer the service, raise it with the commissioner before the decision is made, and raise any concerns during the standstill.';

const psr: RouteInRegime = {
  name: 'Direct Award Process C',
  allows:
    'You may give a new contract to the provider already delivering the service, without a competition, when its contract is ending and it is doing a good job. This is an option, not a duty: the law lets you choose between Direct Award Process C, the Most Suitable Provider Process and the Competitive Process. For example, Oldham’s social prescribing partnership was re-awarded this way in November 2024: £3.9 million over six years.',
  when: `Only when Direct Award Process A (only the existing provider can do it) and Process B (patient choice) are not required, and all of these hold: the existing contract is due to end and the new one replaces it at the end of its term; the change is not considerable; and the current provider is satisfying the contract and is likely to satisfy the new one, judged against ${KEY_CRITERIA}. ${CONSIDERABLE_CHANGE}`,
  basis: [PSR.reg6, PSR.reg9, PSR.reg6Change, PSR.reg5, PSR.reg12, PSR.reg24],
  risks: [
    'If only the existing provider is capable of providing the services, Direct Award Process A is mandatory instead; if patients choose among every provider that qualifies, Process B is. Rule both out first.',
    CHANGE_RISK,
    'The provider’s performance must be judged against the key criteria, applying the basic selection criteria. A thin or missing assessment leaves the decision open to challenge.',
    'Skipping the notice of intention, or awarding before the standstill ends, weakens your position if someone objects.',
  ],
  nextSteps: {
    authority: [
      'Note when the current contract ends and start planning well before then. Record why Process A and Process B do not apply.',
      'Assess the current provider against each key criterion and the basic selection criteria, using performance data and feedback from people who use the service, and write it down.',
      'Compare the planned new contract with the current one and record why it is not a considerable change (reg 6(10)–(12)).',
      'Decide, and record why, whether to use Process C or instead the Most Suitable Provider Process or the Competitive Process.',
      `Publish a notice of intention to award, with your reasons by reference to the key criteria. ${STANDSTILL_ENGLAND}`,
      'Deal with any representations, enter the contract, publish the award notice within 30 days, and keep the record reg 24 requires.',
    ],
    'social-enterprise': [
      'If you are the current provider, gather evidence of how you have met the contract against each key criterion — including social value and reducing health inequalities.',
      'Ask the commissioner early which process it plans to use (Process C, Most Suitable Provider or Competitive), and when the decision is due.',
      SE_CHANGE_STEP,
      SE_OTHER_STEP,
    ],
  },
  timescale:
    'Usually a few months of assessment and approval before the current contract ends, then at least the 8-working-day standstill, and the award notice within 30 days of the award.',
  mayChooseBetween: ['Direct Award Process C', 'the Most Suitable Provider Process', 'the Competitive Process'],
  mustRecord: recordRequirements(false, 'assessed'),
};

const psrWales: RouteInRegime = {
  name: 'Direct Award Process 2',
  allows:
    'You may give a new contract to the provider already delivering the service, without a competition, when its contract is ending and it is doing a good job. This is an option, not a duty: the law lets you choose between Direct Award Process 2, the Most Suitable Provider Process and the Competitive Process.',
  when: `Only when Direct Award Process 1 (only the existing provider can do it) is not required, and all of these hold: the existing contract is due to end and the new arrangements replace it at the end of its term; the change is not considerable; and the current provider is satisfying the contract and is likely to satisfy the new arrangements, judged against ${WELSH_KEY_CRITERIA}. ${CONSIDERABLE_CHANGE}`,
  basis: [WALES.reg7, WALES.reg9, WALES.reg7Change, WALES.reg6, WALES.reg12, WALES.reg30],
  risks: [
    'If only the existing provider is capable of providing the services, Direct Award Process 1 is mandatory instead. Rule it out first.',
    CHANGE_RISK,
    'The provider’s performance must be judged against the Welsh key criteria, applying the basic selection criteria. A thin or missing assessment leaves the decision open to challenge.',
    'In Wales the standstill starts on the day you submit the notice of intention, not the day after it is published. Count it from that day.',
  ],
  nextSteps: {
    authority: [
      'Note when the current contract ends and start planning well before then. Record why Direct Award Process 1 does not apply.',
      'Assess the current provider against each Welsh key criterion and the basic selection criteria, and write it down.',
      'Compare the planned new arrangements with the current contract and record why they are not a considerable change (reg 7(9)–(12)).',
      'Decide, and record why, whether to use Process 2 or instead the Most Suitable Provider Process or the Competitive Process.',
      `Submit a notice of intention to award through Sell2Wales. ${STANDSTILL_WALES}`,
      'Enter the contract, publish the award notice within 30 days, and keep the reg 30 record for 3 years.',
    ],
    'social-enterprise': [
      'If you are the current provider, gather evidence of how you have met the contract against each Welsh key criterion — including social responsibility and reducing health inequalities.',
      'Ask the commissioner early which process it plans to use (Direct Award Process 2, Most Suitable Provider or Competitive), and when the decision is due.',
      SE_CHANGE_STEP,
      SE_OTHER_STEP,
    ],
  },
  timescale:
    'Usually a few months of assessment and approval before the current contract ends, then at least the 8-working-day standstill, and the award notice within 30 days of the award.',
  mayChooseBetween: ['Direct Award Process 2', 'the Most Suitable Provider Process', 'the Competitive Process'],
  mustRecord: recordRequirements(true, 'assessed'),
};

export const existingProvider: RouteContent = {
  id: 'existing-provider',
  title: 'Keep the existing provider',
  summary: 'The health authority may re-award a contract, without a competition, to the provider already delivering it well — or choose another permitted process.',
  regimes: { psr, 'psr-wales': psrWales },
};
