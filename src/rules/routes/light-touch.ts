import type { RouteContent, RouteInRegime, RouteOption } from './types';
import { OTHER, PA, PCR, PCSR } from './sources';

// legal-facts: "Flexible light-touch process" — PA s.9, s.20, s.54(3), no
// mandatory standstill, s.33 (5 years), s.23; PCR regs 74–77 and reg 67;
// PCSR regs 74–76, Sch 3, reg 5(1)(d); Social Value Act 2012 s.1.
// Scotland's reserved-contract power is ⚠ not in force: pcsr2015 has no
// mutual-reservation option and says nothing about it as fact.
// The three principles (proportionality, engagement of the willing,
// transparency) are explained in our own words.

const SE_MUTUAL_STEP =
  'If you are a public service mutual — you exist to serve the public, you put your profits back into the organisation, and you are owned by your staff or by others who take part in your work — tell the authority early. It may be able to reserve the contract for mutuals.';

const SE_WATCH_STEP = 'Watch for the notice that advertises the opportunity. Note the deadlines and go to any briefing.';

const SE_BID_STEP = 'Answer the published criteria directly, and back up your social value with evidence.';

const SE_CONCERN_STEP =
  'If you think the process was unfair, raise it with the authority straight away and take advice. Time limits for challenges can be short.';

// ── Procurement Act 2023 ──────────────────────────────────────────────────

const paOptions: RouteOption[] = [
  {
    id: 'targeted-engagement',
    title: 'Shape the process around the few who can deliver',
    text: 'Your market engagement shows that only a small number of organisations are able and willing to do this work. You can design a short process that suits them — for example a brief written proposal and a conversation — instead of a long tender. You must still advertise it with a tender notice, and anyone else who comes forward must be able to take part on the same terms.',
    basis: [PA.s20, PA.s9],
  },
  {
    id: 'open-competition',
    title: 'A light-touch competition open to all',
    text: 'Advertise with a tender notice and invite anyone who can deliver to take part. Keep the stages few and in proportion to the contract, publish clear criteria, and award to the most advantageous tender.',
    basis: [PA.s20, PA.s23],
  },
  {
    id: 'mutual-reservation',
    title: 'Reserve the contract for public service mutuals',
    text: 'If the service is one of those listed for this purpose, you can limit the competition to public service mutuals: organisations with a public-service mission that reinvest their profits and are owned by their employees or by others who take part in their work. A reserved contract can last at most 5 years, and it is only lawful if the organisation meets every condition in s.33: check them before you rely on it.',
    basis: [PA.s33],
  },
];

const pa2023: RouteInRegime = {
  name: 'Light touch contract, awarded by a competitive flexible procedure',
  allows:
    'You can design your own process for a light touch service, in proportion to the contract’s nature, complexity and cost. A competitive flexible procedure is a process whose stages you choose yourself; you can also use the open procedure. There are no minimum time limits for bids, and a standstill period (a pause before signing) is not compulsory.',
  when:
    'When the contract is for light touch services — the social, health, education, community and other services listed in Schedule 1 of the Procurement Regulations 2024 — and its value is at or above the light touch threshold (£663,540 including VAT from 1 January 2026). You still advertise with a tender notice and treat every organisation that responds fairly and equally.',
  basis: [PA.s9, PA.s20, PA.s54_3, PA.s23, OTHER.socialValue],
  risks: [
    'Under the Act you must still advertise with a tender notice. A small field of willing providers can shape how you design the process; it does not let you shut anyone else out.',
    'If what you ask of bidders is out of proportion to the contract, small organisations may be put off, and the process can be challenged for not being proportionate.',
    'Follow the process you advertised. Changing the rules part-way through, or giving some bidders more help or information than others, invites challenge.',
    'If the service is not on the light touch list, this route is not available and the full rules apply.',
  ],
  nextSteps: {
    authority: [
      'Confirm that the service is a light touch service, and record your value estimate.',
      'Talk to the market early, including social enterprises, to learn who can deliver. Use what you learn to design a proportionate process, and keep a note of who you spoke to.',
      'Before you procure, consider how the contract could improve economic, social and environmental well-being (Public Services (Social Value) Act 2012, s.1), and build the relevant parts into your award criteria.',
      'Publish a tender notice that describes the process, the award criteria and the timetable. Set time limits that are fair for the organisations you expect to bid.',
      'Run the process exactly as advertised, giving everyone the same information. Award to the most advantageous tender (s.23) and publish the award notices the Act requires.',
      'A standstill is not compulsory for light touch contracts; decide with your legal team whether to allow a short pause before signing. Record each decision and the reasons.',
    ],
    'social-enterprise': [
      'Ask to meet the commissioner to explain what you offer and the outcomes you could achieve. Treat it as sharing information: the authority must still advertise the opportunity.',
      'Ask what process the authority plans, and suggest ways to keep it proportionate — for example a short written bid and a conversation, rather than a long form.',
      SE_MUTUAL_STEP,
      SE_WATCH_STEP,
      SE_BID_STEP,
      SE_CONCERN_STEP,
    ],
  },
  timescale:
    'Typically two to four months, depending on how you design it. The Act sets no minimum time limits and no compulsory standstill for light touch contracts, so a small, well-planned process can be quicker.',
  options: paOptions,
};

// ── Public Contracts Regulations 2015 ─────────────────────────────────────

const pcrOptions: RouteOption[] = [
  {
    id: 'targeted-engagement',
    title: 'Shape the procedure around the few who can deliver',
    text: 'Your market engagement shows that only a small number of organisations are able and willing to do this work. You can design a short procedure that suits them. Unless a reg 32 ground for not advertising applies, you still publish a contract notice or prior information notice, and anyone who responds must be treated equally.',
    basis: [PCR.reg75, PCR.reg76],
  },
  {
    id: 'open-competition',
    title: 'A light-touch competition open to all',
    text: 'Advertise with a contract notice or prior information notice and invite anyone who can deliver to take part. Keep the stages few, set reasonable time limits, and award on the most economically advantageous tender.',
    basis: [PCR.reg76, PCR.reg67],
  },
  {
    id: 'mutual-reservation',
    title: 'Reserve the contract for mutuals (reg 77)',
    text: 'For the services listed in reg 77, you can limit the competition to organisations that have a public-service mission, reinvest their profits, and are owned by their employees or by others who take part in their work. The contract can last at most 3 years, and your authority cannot have made a reg 77 award to that organisation for the same services in the last 3 years. It is only lawful if every condition is met.',
    basis: [PCR.reg77],
  },
];

const pcr2015: RouteInRegime = {
  name: 'Light Touch Regime procedure (regs 74–76)',
  allows:
    'You can design your own procedure for the social and other specific services listed in Schedule 3. It must be open and fair to everyone, follow what your notice said, and set reasonable and proportionate time limits. You can weigh quality, continuity, accessibility, affordability, availability, comprehensiveness, the needs of service users, user involvement and innovation. For example, in Leicestershire’s Children’s Innovation Partnership with Barnardo’s, the council used this regime to choose a partner to co-invest, co-design and co-deliver.',
  when:
    'When the procurement began before 24 February 2025, the service is in Schedule 3, and the value is at or above £663,540 including VAT. You publish a contract notice or a prior information notice (an early notice of what you plan to buy) unless a reg 32 ground for not advertising applies, and then an award notice.',
  basis: [PCR.reg74, PCR.reg75, PCR.reg76, PCR.sch3, PCR.reg67, OTHER.socialValue, PCR.transitional],
  risks: [
    'You must advertise with a contract notice or prior information notice unless a reg 32 ground applies. A small field of willing providers can shape your design; it does not remove the duty to advertise.',
    'Departing from the procedure your notice described, or treating bidders differently, breaks reg 76.',
    'Time limits that are too short for small organisations to respond may be unreasonable.',
  ],
  nextSteps: {
    authority: [
      'Confirm the procurement began before 24 February 2025 (a notice sent, a VEAT notice published, or negotiation with a single supplier begun). If it did not, the Procurement Act 2023 applies.',
      'Confirm the service is in Schedule 3 and record your value estimate.',
      'Publish a contract notice or prior information notice that explains the procedure you will follow and how you will judge bids.',
      'Run the procedure exactly as described, with reasonable time limits and the same information for everyone.',
      'Award on the most economically advantageous tender (reg 67) — the best mix of price and quality, which can include social and environmental criteria linked to the service — and publish an award notice.',
      'Check with your legal team whether a standstill period applies before you sign, and record every decision and the reasons.',
    ],
    'social-enterprise': [
      'Ask the authority to confirm which rules apply. The 2015 Regulations only govern procurements that began before 24 February 2025.',
      'Ask what procedure the authority plans and suggest ways to keep it proportionate to the contract.',
      SE_MUTUAL_STEP,
      SE_WATCH_STEP,
      SE_BID_STEP,
      SE_CONCERN_STEP,
    ],
  },
  timescale:
    'Typically two to four months, depending on the procedure you design. Time limits must be reasonable and proportionate rather than a fixed minimum.',
  options: pcrOptions,
};

// ── Public Contracts (Scotland) Regulations 2015 ──────────────────────────

const pcsrOptions: RouteOption[] = [
  {
    id: 'targeted-engagement',
    title: 'Shape the process around the few who can deliver',
    text: 'Your market engagement shows that only a small number of organisations are able and willing to do this work. You can design a short process that suits them. Check regs 74–76 for what you must publish, and treat anyone else who comes forward on the same terms.',
    basis: [PCSR.reg74],
  },
  {
    id: 'open-competition',
    title: 'A light-touch competition open to all',
    text: 'Advertise the opportunity and invite anyone who can deliver to take part. Keep the stages few and in proportion to the contract, publish clear criteria, and award on the most economically advantageous tender.',
    basis: [PCSR.reg74],
  },
];

const pcsr2015: RouteInRegime = {
  name: 'Light touch procedure for social and other specific services (regs 74–76)',
  allows:
    'You can use the lighter rules the Scottish Regulations set for the social and other specific services listed in Schedule 3, with a process designed to be proportionate, open about what you will do, and fair to every organisation.',
  when:
    'When the service is in Schedule 3 and its value is at or above the threshold in reg 5(1)(d). The last confirmed figure was £663,540 including VAT, until 2025; check the current figure.',
  basis: [PCSR.reg74, PCSR.sch3, PCSR.reg5_1d],
  risks: [
    'The threshold for these services has not been confirmed for 2026 here. Check the current figure before relying on this route.',
    'Check regs 74–76 for exactly what you must publish and when. Do not assume the Scottish rules match the rest of the UK.',
    'A small field of willing providers can shape your design; it does not let you treat anyone who comes forward unfairly.',
    'If what you ask of bidders is out of proportion to the contract, small organisations may be put off.',
  ],
  nextSteps: {
    authority: [
      'Confirm the service is in Schedule 3, record your value estimate, and check the current threshold under reg 5(1)(d).',
      'Talk to the market early, including social enterprises, and use what you learn to design a proportionate process.',
      'Publish the notices regs 74–76 require, explaining the process you will follow and how you will judge bids.',
      'Run the process exactly as described, with reasonable time limits and the same information for everyone.',
      'Award on the most economically advantageous tender — the best mix of price and quality — and record each decision and the reasons.',
    ],
    'social-enterprise': [
      'Ask to meet the commissioner to explain what you offer and the outcomes you could achieve.',
      'Ask what process the authority plans and suggest ways to keep it proportionate to the contract.',
      SE_WATCH_STEP,
      SE_BID_STEP,
      SE_CONCERN_STEP,
    ],
  },
  timescale:
    'Typically two to four months, depending on the process you design and your authority’s approvals.',
  options: pcsrOptions,
};

export const lightTouch: RouteContent = {
  id: 'light-touch',
  title: 'Flexible light-touch process',
  summary: 'Design your own proportionate, fair process for social, health, education and other listed services.',
  regimes: { pa2023, pcr2015, pcsr2015 },
};
