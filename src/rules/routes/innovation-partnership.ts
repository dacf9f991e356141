import type { RouteContent, RouteInRegime } from './types';
import { PA, PCR, PCSR, PSR } from './sources';

// legal-facts: "Innovation" — PA: no named procedure, competitive flexible
// procedure with development phases (s.20), Sch 5 paras 2–3; PCR reg 31
// (details listed there); PCSR reg 32 (no details given: say "check reg 32");
// PSR: no innovation procedure, competitive process (reg 11) or most suitable
// provider (reg 10) with "quality and innovation" as a key criterion.
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
    'You can run a competition you design yourself to choose one or more partners who develop a new service with you in stages, with checkpoints, and then buy the result. Separately, for a prototype or other new goods or services developed at your request for testing, for researching whether they work at scale, or for other research and development, a direct award may be possible (Sch 5 paras 2–3).',
  when:
    'When something new has to be developed because nothing available meets the need, and you plan to buy the result. The Act has no procedure called an innovation partnership: you build the development phases into a competitive flexible procedure (a process whose stages you design, s.20) and advertise it.',
  basis: [PA.s20, PA.sch5Prototypes, PA.s23, PA.s50, PA.s51],
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
      'Award to the most advantageous tender (s.23), publish the contract award notice and wait at least the 8-working-day standstill before signing (ss.50–51).',
      'Review progress at the end of each phase and record whether to continue.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'Usually months to years: a procurement of a few months, then the development phases. Allow at least the 8-working-day standstill after the contract award notice.',
};

const pcr2015: RouteInRegime = {
  name: 'Innovation partnership procedure (reg 31)',
  allows:
    'You can choose one or several partners to research and develop a new service with you in phases, with targets to reach in each phase and payment in instalments, and then buy the resulting services. After each phase you can end the partnership or reduce the number of partners.',
  when:
    'When the procurement began before 24 February 2025 and nothing already on the market can meet the need. You state your minimum requirements, allow at least 30 days for requests to participate, and award on the best price-quality ratio (the best balance of price and quality).',
  basis: [PCR.reg31, PCR.transitional],
  risks: [
    EXISTING_SOLUTION_RISK,
    'Keep to the phases, targets and purchase you described at the start. Widening them later can be challenged.',
    IP_RISK,
    'Reg 31 is not the only option for developing a service with a partner. In Leicestershire’s Children’s Innovation Partnership, the council used the Light Touch Regime instead to choose a partner to co-design and co-deliver.',
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
};

const psr: RouteInRegime = {
  name: 'Competitive process, with quality and innovation as a key criterion',
  allows:
    'The Provider Selection Regime has no separate innovation procedure. You can run the competitive process and give weight to quality and innovation — one of the key criteria — to choose a provider who will develop the service with you. If you can identify the right provider without a competition, the Most Suitable Provider process may fit instead.',
  when: 'When a new way of delivering health care services needs to be developed and you plan to buy the result.',
  basis: [PSR.reg11, PSR.reg5, PSR.reg10],
  risks: [
    'Because there is no dedicated innovation procedure, explain in the contract how the development stages and any later changes will work, and take advice on changes you expect.',
    'Decisions must be recorded, and you must wait out the 8-working-day standstill before the contract is awarded.',
    IP_RISK,
  ],
  nextSteps: {
    authority: [
      'Engage providers to understand what could be developed and who could do it.',
      'Decide how you will weigh the key criteria, giving quality and innovation the weight it needs, and write it down.',
      'Run the competitive process (reg 11), or the Most Suitable Provider process (reg 10) if you can identify the right provider without a competition.',
      'Record your decision, publish it as the regulations require and wait out the 8-working-day standstill.',
      'Build review points into the contract to check progress on the development.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'Often a few months for the selection process, then at least the 8-working-day standstill; development continues during the contract.',
};

export const innovationPartnership: RouteContent = {
  id: 'innovation-partnership',
  title: 'Innovation partnership',
  summary: 'Develop something new with a partner in stages, and then buy the result.',
  regimes: { pa2023, pcr2015, pcsr2015, psr },
};
