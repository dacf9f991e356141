import type { RouteContent, RouteInRegime } from './types';
import { OTHER, PA, PCR, PCSR, PSR, SUBSIDY_RISK, WALES } from './sources';

// legal-facts: "Co-investment" and "Not a public contract" — PA s.3; Helmut
// Müller C-451/08; the E3M view (Art of the Possible, 2016); Subsidy Control
// Act 2022 ss.2, 7, 36(1). Public-public co-operation (PCR reg 12; PA Sch 2
// Part 1 paras 2–3) is a different exemption and not this route. A right to
// run a service at the partner's own risk is a concession, still a public
// contract (PA ss.3(4), 8), so the route is always hedged (legal review #13).

const WHEN_CORE =
  'When both sides put capital or other resources the project needs into it, both carry real risk, and both share in what it achieves — and the authority does not pay the partner to provide services to it or on its behalf. This depends on the facts: courts look for a direct economic benefit to the authority and duties that can be enforced in law (Helmut Müller, C-451/08).';

const PUBLIC_PARTNER =
  'Working jointly with another public body is covered by separate exemptions, not by this route.';

const RISKS = [
  'If the authority is in fact paying for services delivered to it or on its behalf, this is a contract and the procurement rules apply. Calling it co-investment does not change that. Value other than money, such as the use of a building, can be the payment that makes it a contract.',
  'If the partner is given the right to run a service and keep its income, at its own risk, that can be a concession contract, which procurement law still covers. Choosing a partner that will later be given services to run can be caught too.',
  'Risk sharing must be real. If the authority guarantees the partner’s income or covers all its losses, the deal may look like a purchase.',
  'Later stages can change the picture. If the authority later pays the partner to run a service, that part may need its own procurement route.',
  SUBSIDY_RISK,
];

const authoritySteps = (confirm: string): string[] => [
  'Write a business case setting out what each side puts in, what risks each carries, and how rewards and outcomes are shared.',
  'Check that the authority will not receive services it pays for. If it will, choose a procurement route for that part.',
  `Take legal advice and record why this is ${confirm}.`,
  'Assess subsidy control and record it, including whether Minimal Financial Assistance (up to £315,000 over the current and two previous financial years) applies.',
  'Use a joint venture or collaboration agreement that reflects the shared risk and reward, with clear decision-making and exit terms.',
];

const SE_STEPS = [
  'Prepare a proposal showing what you will invest — money, property, staff time or know-how — and what risk you will carry.',
  'Be clear about what the authority would put in and what it would get: a share in the outcomes, not services bought from you.',
  'Tell the authority what other public funding you have had in the current and two previous financial years, so it can check subsidy control.',
  'Take your own legal advice on the agreement, especially on decision-making, intellectual property and how either side can leave.',
];

const TIMESCALE =
  'Depends on the deal: agreeing a joint venture or collaboration agreement often takes several months. No procurement notices or standstill period apply while it genuinely stays outside the rules.';

const ALLOWS_CORE =
  'The authority and the social enterprise can each invest money, property, staff or know-how in a shared project and share its risks and rewards.';

const pa2023: RouteInRegime = {
  name: 'Co-investment outside the Act (not a public contract, s.3)',
  allows: `${ALLOWS_CORE} If the authority is genuinely investing rather than buying, there is no contract for pecuniary interest (for money or something worth money), and the Act is unlikely to apply. This depends on the facts: see when it can be used, and the risks.`,
  when: `${WHEN_CORE} ${PUBLIC_PARTNER}`,
  basis: [PA.s3, PA.s8, OTHER.subsidy, OTHER.mfa],
  risks: RISKS,
  nextSteps: {
    authority: authoritySteps('not a public contract under s.3 of the Procurement Act 2023'),
    'social-enterprise': SE_STEPS,
  },
  timescale: TIMESCALE,
};

const pcr2015: RouteInRegime = {
  name: 'Co-investment outside the Regulations (not a public contract)',
  allows: `${ALLOWS_CORE} If the authority is genuinely investing rather than buying, there is no public contract, and the 2015 Regulations are unlikely to apply. This depends on the facts: see when it can be used, and the risks.`,
  when: `${WHEN_CORE} ${PUBLIC_PARTNER}`,
  basis: [PCR.regs, OTHER.subsidy, OTHER.mfa],
  risks: RISKS,
  nextSteps: {
    authority: authoritySteps('not a public contract under the Public Contracts Regulations 2015'),
    'social-enterprise': SE_STEPS,
  },
  timescale: TIMESCALE,
};

const pcsr2015: RouteInRegime = {
  name: 'Co-investment outside the Scottish Regulations (not a public contract)',
  allows: `${ALLOWS_CORE} If the authority is genuinely investing rather than buying, there is no public contract, and the Scottish Regulations are unlikely to apply. This depends on the facts: see when it can be used, and the risks.`,
  when: WHEN_CORE,
  basis: [PCSR.regs, OTHER.subsidy, OTHER.mfa],
  risks: RISKS,
  nextSteps: {
    authority: authoritySteps('not a public contract under the Public Contracts (Scotland) Regulations 2015'),
    'social-enterprise': SE_STEPS,
  },
  timescale: TIMESCALE,
};

const psr: RouteInRegime = {
  name: 'Co-investment outside the Provider Selection Regime',
  allows: `${ALLOWS_CORE} If the authority is genuinely investing rather than arranging health care services under a contract, the Provider Selection Regime is unlikely to apply. This depends on the facts: see when it can be used, and the risks.`,
  when: WHEN_CORE,
  basis: [PSR.regs, OTHER.subsidy, OTHER.mfa],
  risks: [
    'If the authority is in fact paying the partner to provide health care services, the Provider Selection Regime applies, whatever the value.',
    ...RISKS.slice(1),
  ],
  nextSteps: {
    authority: authoritySteps('not an arrangement for health care services under the Provider Selection Regime'),
    'social-enterprise': SE_STEPS,
  },
  timescale: TIMESCALE,
};

const psrWales: RouteInRegime = {
  name: 'Co-investment outside the Welsh Provider Selection Regime',
  allows: `${ALLOWS_CORE} If the authority is genuinely investing rather than arranging health services under a contract, the Welsh Provider Selection Regime is unlikely to apply. This depends on the facts: see when it can be used, and the risks.`,
  when: WHEN_CORE,
  basis: [WALES.regs, OTHER.subsidy, OTHER.mfa],
  risks: [
    'If the authority is in fact paying the partner to provide health services, the Welsh Provider Selection Regime applies, whatever the value.',
    ...RISKS.slice(1),
  ],
  nextSteps: {
    authority: authoritySteps('not an arrangement for health services under the Welsh Provider Selection Regime'),
    'social-enterprise': SE_STEPS,
  },
  timescale: TIMESCALE,
};

export const coInvestment: RouteContent = {
  id: 'co-investment',
  title: 'Co-investment',
  summary: 'Both sides invest in a shared project and share its risks and rewards; if the authority is genuinely not buying anything, procurement law is unlikely to apply — it depends on the facts.',
  regimes: { pa2023, pcr2015, pcsr2015, psr, 'psr-wales': psrWales },
};
