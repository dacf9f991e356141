import type { RouteContent, RouteInRegime } from './types';
import { PA, PCR, PCSR } from './sources';
import { PA_LIGHT_TOUCH_NOTE } from './policy-notes';
import { PA_SUPPORTED_EMPLOYMENT, PCR_SUPPORTED_EMPLOYMENT, PCSR_SUPPORTED_EMPLOYMENT } from './reservations';

// legal-facts "Innovation" and routes.md §3, §10: PA has no named procedure —
// a competitive flexible procedure with development phases (s.20); a
// prototype or novel goods or services may be directly awarded (Sch 5
// paras 2–3, no intention to buy needed; still a s.41 award with a
// transparency notice and, unless light touch, a standstill); R&D services for
// public benefit with no goods or works are exempt (Sch 2 para 22). PCR reg 31;
// R&D services outside the PCR unless the benefits are exclusively the
// authority's and it pays in full (reg 14). PCSR reg 32; a Scottish
// develop-and-test-only route is unverified (⚠), so it is a "check".
// Health (spec-v2 review W3): no innovation procedure; once Most Suitable
// Provider has been ruled out, the Competitive Process is mandatory (reg 6(7)).
// Case: Leicestershire used the Light Touch Regime, not reg 31.

const IP_RISK =
  'Agree early who will own what is developed, such as intellectual property and data. Leaving it late causes disputes.';

const EXISTING_SOLUTION_RISK =
  'If something already on the market meets the need, this route is hard to justify. Use an open competition instead.';

const SE_STEPS = [
  'Describe the problem you want to solve, what you would develop, the stages it would go through and the evidence you would gather at each.',
  'Expect the authority to test the market openly. Your idea may lead to a competition, so be ready to bid for it.',
  'Agree early who will own the intellectual property and data.',
  'Plan your cash flow for each stage: payment is often tied to reaching agreed targets.',
];

const pa2023: RouteInRegime = {
  name: 'Competitive flexible procedure with development phases',
  allows:
    'If you plan to buy the result, you can run a competition you design yourself to choose one or more partners who develop a new service with you in stages, with checkpoints, and then buy it. If you only want something developed and tested, two other routes may fit: a direct award for a prototype or other new goods or services developed at your request, for testing, for researching whether they work at scale, or for other research and development (Sch 5 paras 2–3) — this needs no intention to buy afterwards; or, for research and development services meant to benefit the public and involving no goods or works, the contract is exempt from the Act altogether (Sch 2 para 22).',
  when:
    'When something new has to be developed because nothing available meets the need. The Act has no procedure called an innovation partnership: to develop and then buy, you build the development phases into a competitive flexible procedure (a process whose stages you design, s.20) and advertise it. A prototype direct award is still a direct award: a transparency notice first, then a contract award notice, and a standstill unless it is a light touch contract. Any later purchase needs its own lawful route.',
  basis: [PA.s20, PA.sch5Prototypes, PA.sch2Para22, PA.s19, PA.s23, PA.s44, PA.s50, PA.s51],
  risks: [
    'Set out the development phases, the later purchase and your right to stop after each phase in the tender notice and documents. Buying more than you advertised can be challenged.',
    'A direct award under Sch 5 paras 2–3 is for prototypes and new goods or services for testing or research. Using it to buy a finished, ongoing service is likely to fall outside it.',
    EXISTING_SOLUTION_RISK,
    IP_RISK,
  ],
  nextSteps: {
    authority: [
      'Engage the market to confirm that nothing available meets the need, and record what you found.',
      'Design the phases — for example research, development, testing, then purchase — with targets for each, how payment follows progress, and when you may stop.',
      'Publish a tender notice describing the procedure, the phases, the award criteria and the later purchase.',
      'Award to the most advantageous tender (s.19), publish the contract award notice and, unless this is a light touch contract, wait at least the 8-working-day standstill before signing (ss.50–51).',
      'Review progress at the end of each phase and record whether to continue.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'Usually months to years: a procurement of a few months, then the development phases. Unless it is a light touch contract, allow at least the 8-working-day standstill after the contract award notice.',
  notes: [PA_LIGHT_TOUCH_NOTE],
  options: [PA_SUPPORTED_EMPLOYMENT],
};

const pcr2015: RouteInRegime = {
  name: 'Innovation partnership procedure (reg 31)',
  allows:
    'You can choose one or several partners to research and develop a new service with you in phases, with targets to reach in each phase and payment in instalments, and then buy the resulting services. After each phase you can end the partnership or reduce the number of partners.',
  when:
    'When the procurement began before 24 February 2025 and nothing already on the market can meet the need. You state your minimum requirements, allow at least 30 days for requests to participate, and award on the best price-quality ratio (the best balance of price and quality).',
  basis: [PCR.reg31, PCR.reg14, PCR.transitional],
  risks: [
    EXISTING_SOLUTION_RISK,
    'Keep to the phases, targets and purchase you described at the start. Widening them later can be challenged.',
    IP_RISK,
    'Reg 31 is not the only option for developing a service with a partner. In Leicestershire’s Children’s Innovation Partnership, the council used the Light Touch Regime instead to choose a partner to co-design and co-deliver.',
    'If you only want research and development, not a purchase afterwards: research and development services are outside the 2015 Regulations unless the benefits go only to your authority and it pays for all of it (reg 14). Check with your legal team.',
  ],
  nextSteps: {
    authority: [
      'Confirm the procurement began before 24 February 2025. If it did not, the Procurement Act 2023 applies.',
      'Record why no solution already on the market meets the need, and write down your minimum requirements.',
      'Advertise the procurement, allowing at least 30 days for requests to participate (reg 31).',
      'Set the research and innovation phases, with targets for each and payment in instalments.',
      'Award on the best price-quality ratio, check with your legal team whether a standstill applies, and review after each phase whether to continue or reduce the number of partners.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'Often many months to years: at least 30 days for requests to participate (reg 31), then selection, negotiation and the development phases.',
  options: [PCR_SUPPORTED_EMPLOYMENT],
};

const pcsr2015: RouteInRegime = {
  name: 'Innovation partnership procedure (reg 32)',
  allows:
    'You can choose a partner, or several, to research and develop a new service with you in stages, and then buy the result.',
  when:
    'When something new has to be developed because nothing available meets the need, and you plan to buy the result. Check reg 32 for the conditions and minimum time limits.',
  basis: [PCSR.reg32, PCSR.reg88],
  risks: [
    EXISTING_SOLUTION_RISK,
    'Keep to the stages and purchase you described at the start. Widening them later can be challenged.',
    IP_RISK,
    'There is a 30-day time limit for bringing a challenge (reg 88(4)–(5)). Check with your legal team how it runs in your case.',
    'If you only want something developed and tested, not bought afterwards, a different route may apply. Check the Scottish rules for research and development with your legal team before relying on reg 32 or on any exemption.',
  ],
  nextSteps: {
    authority: [
      'Engage the market to confirm that nothing available meets the need, and record what you found.',
      'Check reg 32 for what you must publish, the time limits and how to award.',
      'Design the stages, with targets for each, how payment follows progress, and when you may stop.',
      'Advertise the procurement as reg 32 requires, then select and award.',
      'Review progress at the end of each stage and record whether to continue.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale: 'Usually many months to years, including the development stages. Check reg 32 for minimum time limits.',
  options: [PCSR_SUPPORTED_EMPLOYMENT],
};

export const innovationPartnership: RouteContent = {
  id: 'innovation-partnership',
  title: 'Innovation partnership',
  summary: 'Develop something new with a partner in stages — and then buy the result, or only develop and test it.',
  regimes: { pa2023, pcr2015, pcsr2015 },
};
