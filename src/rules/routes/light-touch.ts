import type { RouteContent, RouteInRegime, RouteOption } from './types';
import { OTHER, PA, PCR, PCSR, PR2024 } from './sources';
import { PA_LIGHT_TOUCH_NOTE, PA_POLICY_NOTES } from './policy-notes';
import { PA_SUPPORTED_EMPLOYMENT, PCR_SUPPORTED_EMPLOYMENT, PCSR_SUPPORTED_EMPLOYMENT } from './reservations';

// legal-facts "Flexible light-touch process" and routes.md §1, §4, §7, §8:
// PA s.9, s.20 (proportionate procedure), s.21 tender notice, s.54(3)–(4) no
// minimum periods, s.51(3)(f) no mandatory standstill, award to the most
// advantageous tender (s.19) on award criteria (s.23), ss.16–17 market
// engagement safeguards; reservations restrict a competition and never allow a
// direct award: PA s.33 (employee-controlled mutuals, reservable "R" services,
// 5 years, 3-year repeat bar), PCR reg 77, PCSR reg 76A (in force since
// 7 January 2026). PCR regs 74–77 and reg 67; PCSR regs 74–76, Sch 3, reg 5(1)(d).
// The contract's own conditions for a reservation are stated as conditions of
// the option, never as met (spec-v2 review O6). The three principles
// (proportionality, engagement of the willing, transparency) are in our words.

const SE_WATCH_STEP = 'Watch for the notice that advertises the opportunity. Note the deadlines and go to any briefing.';

const SE_BID_STEP = 'Answer the published criteria directly, and back up your social value with evidence.';

const SE_CONCERN_STEP =
  'If you think the process was unfair, raise it with the authority straight away and take advice. Time limits for challenges can be short.';

const SMALL_MARKET_TITLE = 'A process designed for a small market (still advertised to all)';

const OPEN_TITLE = 'A light-touch competition open to all, after market engagement';

// ── Procurement Act 2023 ──────────────────────────────────────────────────

const paOptions: RouteOption[] = [
  {
    id: 'targeted-engagement',
    title: SMALL_MARKET_TITLE,
    text: 'Your market engagement shows that only a small number of organisations are able and willing to do this work. You can design a short process that suits them — for example a brief written proposal and a conversation — instead of a long tender. You must still advertise it with a tender notice, and anyone else who comes forward must be able to take part on the same terms.',
    basis: [PA.s20, PA.s21, PA.s9],
  },
  {
    id: 'open-competition',
    title: OPEN_TITLE,
    text: 'Test first, through market engagement, whether others could deliver. Then advertise with a tender notice and invite anyone who can deliver to take part. Keep the stages few and in proportion to the contract, publish clear award criteria, and award to the most advantageous tender.',
    basis: [PA.s20, PA.s21, PA.s19, PA.s23],
  },
  {
    id: 'mutual-reservation',
    title: 'Reserve the competition for public service mutuals (s.33)',
    text: 'Within a competitive flexible procedure you may limit who can bid to qualifying public service mutuals. This restricts a competition; it never lets you award to one organisation directly. A mutual qualifies only if it operates mainly to deliver reservable light touch services, is run not for profit or shares profits only among its members, is managed and controlled by its employees (control by users or other stakeholders does not count), and has not won a comparable s.33 contract from your authority in the last 3 years. The contract must be only for reservable services (those marked “R” in Schedule 1 to the Procurement Regulations 2024 — many education, training, job-search and probation services are not) and last at most 5 years. Check every condition before you rely on it.',
    basis: [PA.s33, PR2024.sch1],
  },
  PA_SUPPORTED_EMPLOYMENT,
];

const pa2023: RouteInRegime = {
  name: 'Light touch contract, awarded by a competitive flexible procedure',
  allows:
    'You can design your own process for a light touch service, in proportion to the contract’s nature, complexity and cost. A competitive flexible procedure is a process whose stages you choose yourself; you can also use the open procedure. The Act sets no minimum time limits for bids, and no standstill period (a pause before signing) is required.',
  when:
    'When the contract is for light touch services — the social, health, education, community and other services listed in Schedule 1 to the Procurement Regulations 2024 — and its value is at or above the light touch threshold (£663,540 including VAT from 1 January 2026). You still advertise with a tender notice and treat every organisation that responds fairly and equally. Being proportionate and treating everyone equally are duties in every procedure, not conditions for choosing this one.',
  basis: [PA.s9, PA.s20, PA.s21, PA.s54, PA.s51, PA.s19, PA.s23, PR2024.sch1],
  risks: [
    'Under the Act you must still advertise with a tender notice. A small field of willing providers can shape how you design the process; it does not let you shut anyone else out.',
    'If what you ask of bidders is out of proportion to the contract, small organisations may be put off, and the process can be challenged for not being proportionate (s.20).',
    'Follow the process you advertised. Changing the rules part-way through, or giving some bidders more help or information than others, breaks the duty of equal treatment.',
    'Early talks with a partner that helped shape the service can give it an unfair advantage. You must take steps to neutralise it; an advantage that cannot be neutralised means that supplier must be excluded (s.16). Publish a preliminary market engagement notice, or say in the tender notice why you did not (s.17).',
    'If the service is not on the light touch list, this route is not available and the full rules apply.',
  ],
  nextSteps: {
    authority: [
      'Confirm that the service is a light touch service, and record your value estimate.',
      'Talk to the market early, including social enterprises, to learn who can deliver, and keep a note of who you spoke to and what was shared. Publish a preliminary market engagement notice, or give reasons in the tender notice for not doing so (ss.16–17).',
      'Publish a tender notice that describes the process, the award criteria and the timetable. Set time limits that are fair for the organisations you expect to bid.',
      'Run the process exactly as advertised, giving everyone the same information. Award to the most advantageous tender (s.19) against the published award criteria (s.23), and publish the award notices the Act requires.',
      'No standstill is required for a light touch contract (s.51(3)(f)). If you allow one voluntarily, it must be at least 8 working days. Record each decision and the reasons.',
    ],
    'social-enterprise': [
      'Ask to meet the commissioner to explain what you offer and the outcomes you could achieve. Treat it as sharing information: the authority must still advertise the opportunity, and what you share may be shared with others so no one has an unfair advantage.',
      'Ask what process the authority plans, and suggest ways to keep it proportionate — for example a short written bid and a conversation, rather than a long form.',
      'If you are managed and controlled by your employees and work mainly on reservable light touch services, tell the authority early: it may be able to limit the competition to public service mutuals (s.33). It still has to run a competition.',
      SE_WATCH_STEP,
      SE_BID_STEP,
      SE_CONCERN_STEP,
    ],
  },
  timescale:
    'Typically two to four months, depending on how you design it. The Act sets no minimum time limits and no compulsory standstill for light touch contracts, so a small, well-planned process can be quicker.',
  options: paOptions,
  notes: [PA_LIGHT_TOUCH_NOTE, ...PA_POLICY_NOTES],
};

// ── Public Contracts Regulations 2015 ─────────────────────────────────────

const pcrOptions: RouteOption[] = [
  {
    id: 'targeted-engagement',
    title: SMALL_MARKET_TITLE,
    text: 'Your market engagement shows that only a small number of organisations are able and willing to do this work. You can design a short procedure that suits them. Unless a reg 32 ground for not advertising applies, you still publish a contract notice or prior information notice, and anyone who responds must be treated equally.',
    basis: [PCR.reg75, PCR.reg76],
  },
  {
    id: 'open-competition',
    title: OPEN_TITLE,
    text: 'Test first, through market engagement, whether others could deliver. Then advertise with a contract notice or prior information notice and invite anyone who can deliver to take part. Keep the stages few, set reasonable time limits, and award on the most economically advantageous tender.',
    basis: [PCR.reg75, PCR.reg76, PCR.reg67],
  },
  {
    id: 'mutual-reservation',
    title: 'Reserve the competition for mutuals (reg 77)',
    text: 'You may limit who can take part to qualifying organisations. This restricts a competition; it never lets you award to one organisation directly. An organisation qualifies only if its objective is a public service mission linked to the services, it reinvests its profits to achieve that objective, it is owned or run on employee-ownership or participatory principles (or with the active participation of employees, users or stakeholders), and your authority has not awarded it a reg 77 contract for these services in the last 3 years. The contract must be only for the services listed in reg 77 and last at most 3 years. Check every condition before you rely on it.',
    basis: [PCR.reg77],
  },
  PCR_SUPPORTED_EMPLOYMENT,
];

const pcr2015: RouteInRegime = {
  name: 'Light Touch Regime procedure (regs 74–76)',
  allows:
    'You can design your own procedure for the social and other specific services listed in Schedule 3. It must be open and fair to everyone, follow what your notice said, and set reasonable and proportionate time limits. You can weigh quality, continuity, accessibility, affordability, availability, comprehensiveness, the needs of service users, user involvement and innovation. For example, in Leicestershire’s Children’s Innovation Partnership with Barnardo’s, the council used this regime to choose a partner to co-invest, co-design and co-deliver.',
  when:
    'When the procurement began before 24 February 2025, the service is in Schedule 3, and the value is at or above £663,540 including VAT (the figure from 1 January 2024; a procurement begun earlier used the figure then in force). Such a contract must be awarded under regs 74–76. You publish a contract notice or a prior information notice (an early notice of what you plan to buy) unless a reg 32 ground for not advertising applies, and then an award notice.',
  basis: [PCR.reg74, PCR.reg75, PCR.reg76, PCR.sch3, PCR.reg67, PCR.transitional],
  risks: [
    'You must advertise with a contract notice or prior information notice unless a reg 32 ground applies. A small field of willing providers can shape your design; it does not remove the duty to advertise.',
    'Departing from the procedure your notice described, or treating bidders differently, breaks reg 76.',
    'Time limits that are too short for small organisations to respond may be unreasonable.',
  ],
  nextSteps: {
    authority: [
      'Confirm the procurement began before 24 February 2025 (for example a notice sent, a VEAT notice published, a Contracts Finder advert, or negotiation with a single supplier begun). If it did not, the Procurement Act 2023 applies.',
      'Confirm the service is in Schedule 3 and record your value estimate.',
      'Publish a contract notice or prior information notice that explains the procedure you will follow and how you will judge bids.',
      'Run the procedure exactly as described, with reasonable time limits and the same information for everyone.',
      'Award on the most economically advantageous tender (reg 67) — the best mix of price and quality, which can include social and environmental criteria linked to the service — and publish an award notice.',
      'Check with your legal team whether a standstill period applies before you sign, and record every decision and the reasons.',
    ],
    'social-enterprise': [
      'Ask the authority to confirm which rules apply. The 2015 Regulations only govern procurements that began before 24 February 2025.',
      'Ask what procedure the authority plans and suggest ways to keep it proportionate to the contract.',
      'If your organisation has a public service mission, reinvests its profits and is run on employee-ownership or participatory principles, tell the authority early: it may be able to limit the competition to such organisations (reg 77).',
      SE_WATCH_STEP,
      SE_BID_STEP,
      SE_CONCERN_STEP,
    ],
  },
  timescale:
    'Typically two to four months, depending on the procedure you design. Time limits must be reasonable and proportionate rather than a fixed minimum.',
  options: pcrOptions,
  notes: [
    {
      when: { nation: ['england', 'wales'] },
      text: 'Before you procure, consider how the contract could improve the economic, social and environmental well-being of the area (Public Services (Social Value) Act 2012, s.1). This does not bind a body whose functions are wholly or mainly Welsh devolved functions.',
      basis: [OTHER.socialValue],
    },
  ],
};

// ── Public Contracts (Scotland) Regulations 2015 ──────────────────────────

const pcsrOptions: RouteOption[] = [
  {
    id: 'targeted-engagement',
    title: SMALL_MARKET_TITLE,
    text: 'Your market engagement shows that only a small number of organisations are able and willing to do this work. You can design a short process that suits them. You still advertise the opportunity as regs 74–76 require, and treat anyone else who comes forward on the same terms.',
    basis: [PCSR.reg74],
  },
  {
    id: 'open-competition',
    title: OPEN_TITLE,
    text: 'Test first, through market engagement, whether others could deliver. Then advertise the opportunity and invite anyone who can deliver to take part. Keep the stages few and in proportion to the contract, publish clear criteria, and award on the most economically advantageous tender.',
    basis: [PCSR.reg74],
  },
  {
    id: 'mutual-reservation',
    title: 'Reserve the competition for qualifying organisations (reg 76A)',
    text: 'Since 7 January 2026 you may limit who can take part to qualifying organisations. This restricts a competition; it never lets you award to one organisation directly. An organisation qualifies only if it exists solely to provide benefits for society or the environment, is not set up by law or controlled by a body that is, and spends its profits only on those benefits or shares them with the community it serves. The contract must be awarded under regs 74–76, be only for the listed health and social care services, and be tied to integrated health and social care functions or a health board’s functions. There is no term limit and no bar on repeat awards. Your notice must refer to reg 76A. Check every condition before you rely on it.',
    basis: [PCSR.reg76A, PCSR.careReform],
  },
  PCSR_SUPPORTED_EMPLOYMENT,
];

const pcsr2015: RouteInRegime = {
  name: 'Light touch procedure for social and other specific services (regs 74–76)',
  allows:
    'You can use the lighter rules the Scottish Regulations set for the social and other specific services listed in Schedule 3, with a process designed to be proportionate, open about what you will do, and fair to every organisation.',
  when:
    'When the service is in Schedule 3 and its value is at or above the threshold in reg 5(1)(d). Such a contract must be awarded under regs 74–76. The 2026 figure is not confirmed: we use £663,540 including VAT (the figure until 2025, and the 2026 figure elsewhere in the UK); check the current figure.',
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
      'If you exist solely for social or environmental benefit, are independent of the state and reinvest your profits, tell the authority: for some health and social care services it may limit the competition to such organisations (reg 76A).',
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
