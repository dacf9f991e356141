import type { RouteContent, RouteInRegime } from './types';
import { OTHER, PA, PCR, PCSR, PSR, SUBSIDY_RISK, WALES } from './sources';

// legal-facts "Not a public contract" and routes.md §3: PA s.3 (incl. s.3(4)
// concessions), s.8; Helmut Müller C-451/08; Subsidy Control Act 2022 ss.2, 7,
// 36(1). Whether there is a contract depends on the facts, so the route is
// hedged ("unlikely to apply"), never categorical (legal review #13).

const TEST =
  'Courts look for two things: a direct economic benefit to the authority, and duties on the partner that can be enforced in law (Helmut Müller, C-451/08).';

const EXAMPLES =
  'Examples can include a grant that does not bind the partner to deliver anything, or research that both sides pay for together. It depends on the facts.';

const DRIFT_RISK =
  'The label does not decide it. If the agreement makes the partner deliver services to the authority for payment, and the authority can enforce that, it is a contract and procurement law applies.';

const CONCESSION_RISK =
  'If the partner is given the right to run a service and keep the income from it, carrying a real risk of not covering its costs, that can be a concession contract, which is a public contract too (Procurement Act 2023, ss.3(4) and 8), even if the authority pays nothing.';

const CHANGE_RISK =
  'Arrangements can drift. Adding paid targets, a service specification or penalties later can turn a grant into a contract. Check again whenever the terms change.';

const SE_STEPS = [
  'Describe your idea as your own project: what you will do, with what resources, for what purpose.',
  'Say clearly what you are asking the authority for (for example a grant) and what, if anything, the authority would get back.',
  'Ask who in the authority’s legal or procurement team will confirm that this is not a purchase, and when.',
  'Tell the authority what other public funding you have had in the current and two previous financial years, so it can check subsidy control.',
  'Read the agreement before you sign. If it binds you to deliver set services in return for payment, it may be a contract, and the authority may need to run a procurement first.',
];

/** `confirm` finishes the sentence "Ask your legal team to confirm in writing that …". */
const authoritySteps = (confirm: string): string[] => [
  'Write down what each side gives and gets. Note whether the authority receives any goods, services or works, and whether it could force the partner to deliver them.',
  `Ask your legal team to confirm in writing that ${confirm}, and keep their note with the decision.`,
  'Use a grant or partnership agreement that sets out the purpose, how the money may be used and what is reported back. Avoid terms that pay the partner to deliver a specified service to you.',
  'Check subsidy control: does the partner trade in a market, and if so does Minimal Financial Assistance (up to £315,000 over three financial years) cover it? Record your assessment.',
  'Review the arrangement whenever it changes. If you start paying for services, pause and use this tool again to find the right procurement route.',
];

const TIMESCALE =
  'Usually quick: often a few weeks, depending on your internal approvals and the funding agreement. No procurement notices or standstill period apply while it stays outside procurement law.';

const pa2023: RouteInRegime = {
  name: 'Outside the Act: not a public contract (s.3)',
  allows:
    'If the authority is not buying anything, you can probably fund or work with the social enterprise without running a procurement. The Act only covers contracts for goods, services or works supplied to an authority for pecuniary interest (for money or something worth money). This depends on the facts: see when it can be used, and the risks.',
  when: `When the authority is not receiving goods, services or works that the partner is legally bound to deliver in return for money or other value. ${EXAMPLES} ${TEST}`,
  basis: [PA.s3, PA.s8, OTHER.subsidy, OTHER.mfa],
  risks: [DRIFT_RISK, CONCESSION_RISK, CHANGE_RISK, SUBSIDY_RISK],
  nextSteps: { authority: authoritySteps('this is not a public contract under s.3 of the Procurement Act 2023'), 'social-enterprise': SE_STEPS },
  timescale: TIMESCALE,
};

const pcr2015: RouteInRegime = {
  name: 'Outside the Regulations: not a public contract',
  allows:
    'If the authority is not buying anything, you can probably fund or work with the social enterprise without a procurement under the 2015 Regulations. The Regulations only cover public contracts: buying goods, services or works for money or something worth money. This depends on the facts: see when it can be used, and the risks.',
  when: `When the authority is not receiving goods, services or works that the partner is legally bound to deliver in return for money or other value. ${EXAMPLES} ${TEST}`,
  basis: [PCR.regs, OTHER.subsidy, OTHER.mfa],
  risks: [DRIFT_RISK, CHANGE_RISK, SUBSIDY_RISK],
  nextSteps: {
    authority: authoritySteps('this is not a public contract under the Public Contracts Regulations 2015'),
    'social-enterprise': SE_STEPS,
  },
  timescale: TIMESCALE,
};

const pcsr2015: RouteInRegime = {
  name: 'Outside the Scottish Regulations: not a public contract',
  allows:
    'If the authority is not buying anything, you can probably fund or work with the social enterprise without a procurement under the Scottish Regulations. The Regulations only cover public contracts: buying goods, services or works for money or something worth money. This depends on the facts: see when it can be used, and the risks.',
  when: `When the authority is not receiving goods, services or works that the partner is legally bound to deliver in return for money or other value. ${EXAMPLES} ${TEST}`,
  basis: [PCSR.regs, OTHER.subsidy, OTHER.mfa],
  risks: [DRIFT_RISK, CHANGE_RISK, SUBSIDY_RISK],
  nextSteps: {
    authority: authoritySteps('this is not a public contract under the Public Contracts (Scotland) Regulations 2015'),
    'social-enterprise': SE_STEPS,
  },
  timescale: TIMESCALE,
};

const psr: RouteInRegime = {
  name: 'Outside the Provider Selection Regime: no contract for health care services',
  allows:
    'If the authority is not arranging health care services from the social enterprise under a contract, you can probably fund or work with it without a provider selection process. This depends on the facts: see when it can be used, and the risks.',
  when: `When the authority is not paying the partner to provide health care services that the partner is legally bound to deliver. ${EXAMPLES} ${TEST}`,
  basis: [PSR.regs, OTHER.subsidy, OTHER.mfa],
  risks: [
    'If the arrangement in fact pays the partner to provide health care services, the Provider Selection Regime applies, whatever the value.',
    CHANGE_RISK,
    SUBSIDY_RISK,
  ],
  nextSteps: {
    authority: authoritySteps('no contract for health care services is being arranged, so the Provider Selection Regime does not apply'),
    'social-enterprise': SE_STEPS,
  },
  timescale: TIMESCALE,
};

const psrWales: RouteInRegime = {
  name: 'Outside the Welsh Provider Selection Regime: no contract for health services',
  allows:
    'If the authority is not arranging health services from the social enterprise under a contract, you can probably fund or work with it without a provider selection process. This depends on the facts: see when it can be used, and the risks.',
  when: `When the authority is not paying the partner to provide health services that the partner is legally bound to deliver. ${EXAMPLES} ${TEST}`,
  basis: [WALES.regs, OTHER.subsidy, OTHER.mfa],
  risks: [
    'If the arrangement in fact pays the partner to provide health services, the Welsh Provider Selection Regime applies, whatever the value.',
    CHANGE_RISK,
    SUBSIDY_RISK,
  ],
  nextSteps: {
    authority: authoritySteps('no contract for health services is being arranged, so the Welsh Provider Selection Regime does not apply'),
    'social-enterprise': SE_STEPS,
  },
  timescale: TIMESCALE,
};

export const noContract: RouteContent = {
  id: 'no-contract',
  title: 'Not a procurement',
  summary: 'The authority is not buying anything, so procurement law is unlikely to apply — it depends on the facts, and other rules, such as subsidy control, may still apply.',
  regimes: { pa2023, pcr2015, pcsr2015, psr, 'psr-wales': psrWales },
};
