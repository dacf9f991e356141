import type { RouteContent, RouteInRegime, RouteOption } from './types';
import { PA, PCR, PCSR, PSR, WALES } from './sources';
import { recordRequirements } from './psr-shared';

// routes.md §2 "Call-off from a framework under the PA" (ss.45–46: a direct
// call-off only under s.45(4), or a light touch framework's own method, s.45(9);
// otherwise a competitive selection process on the framework's own award
// criteria; award notice s.50, no mandatory standstill s.51(3)(d), details
// notice s.53); "Dynamic markets under the PA" (s.34: a competitive flexible
// procedure among members, never a direct award; pending applications first;
// not for concessions); "Call-off from a framework under the PCR" (reg 33(5)–(8),
// (11); no standstill letter duty, reg 86(5)(c); Contracts Finder, reg 108(1)(b);
// DPS reg 34 until 23 Feb 2029, SI 2024/716 reg 5(4)). Scotland: reg 34 / reg 35
// (spec-v2 review M7); the detail of its call-off rules was not read, so it is
// hedged. Health: PSR reg 18 and Welsh regs 18–21 (health-order.md: with or
// without competition as the framework provides; a notice if no competition;
// in Wales a multi-provider call-off needs a notice of intention and standstill,
// regs 12(1), 21); basic selection criteria do not apply (PSR reg 19(2); Welsh
// reg 22(2)). Dynamic markets never yield a direct call-off, whatever the answer.

const DIRECT_TITLE = 'Call off directly from the framework';
const COMPETITION_TITLE = 'Run a competition among the framework’s suppliers';

const SE_STEPS = [
  'Make sure the authority knows you are on the framework (or dynamic market) and which lot or category covers this work.',
  'If there is a competition among the framework’s suppliers, answer the criteria the framework sets, and back up your social value with evidence.',
  'Ask which notices the authority will publish. The call-off follows the framework’s own terms.',
];

const paOptions: RouteOption[] = [
  {
    id: 'direct-call-off',
    title: DIRECT_TITLE,
    text: 'You can award to this partner without a further competition only if it is the framework’s only supplier, or the framework sets out the contract’s core terms and an objective way of choosing the supplier, and that way picks this partner (s.45(4)). A light touch framework may set its own call-off method (s.45(9)). A dynamic market never allows this: every contract under it is a competition among its members (s.34).',
    basis: [PA.s45, PA.s34],
  },
  {
    id: 'call-off-competition',
    title: COMPETITION_TITLE,
    text: 'Invite the framework’s suppliers to a competitive selection process, judged only on the framework’s own award criteria, which you may refine (s.46). For a dynamic market, run a competitive flexible procedure open only to its members, and first consider any pending applications to join (s.34). The partner can win, but you cannot pick it without the competition.',
    basis: [PA.s46, PA.s34],
  },
];

const pa2023: RouteInRegime = {
  name: 'Call-off from a framework (or a dynamic market)',
  allows:
    'You can award a contract to a supplier on a framework your authority is allowed to use, by the framework’s own call-off method, without a new procurement. Under a dynamic market you run a competition among its members.',
  when: 'When the partner is on a framework, or a member of a dynamic market, that names your authority and covers exactly what you need.',
  basis: [PA.s45, PA.s46, PA.s34, PA.s50, PA.s51, PA.s53],
  risks: [
    'Only authorities the framework names may call off from it. Check the framework’s documents before you rely on it.',
    'A direct call-off that does not meet the framework’s own conditions is an award without a lawful procedure, open to challenge.',
    'A call-off must be awarded in accordance with the framework (s.45(1)). If you need something the framework does not cover, it is a new contract.',
  ],
  nextSteps: {
    authority: [
      'Check that the framework (or dynamic market) names your authority, covers this work and is still open for call-offs.',
      'Follow its call-off method exactly: a direct award only where the framework allows it, otherwise a competition among its suppliers or members.',
      'Publish a contract award notice before you enter into the call-off (s.50). No standstill period is required (s.51(3)(d)); if you allow one, it must be at least 8 working days.',
      'Publish a contract details notice once the contract is signed (s.53), and record each decision and the reasons.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale: 'Often a few weeks for a direct call-off; longer for a competition among the framework’s suppliers. A dynamic market competition has a minimum tendering period of 10 days, unless the contract is light touch.',
  options: paOptions,
};

const pcr2015: RouteInRegime = {
  name: 'Call-off from a framework agreement (or a dynamic purchasing system)',
  allows:
    'Because the framework was set up under the 2015 Regulations, its call-offs still follow them. You can award to a supplier on it by the framework’s own call-off method, without a new procurement.',
  when: 'When the partner is party to a framework (or admitted to a dynamic purchasing system) that clearly names your authority and covers exactly what you need.',
  basis: [PCR.reg33, PCR.reg34, PCR.transitional],
  risks: [
    'Only authorities clearly identified when the framework was advertised may call off from it (reg 33(5)).',
    'A call-off may not substantially change the framework’s terms (reg 33(6)).',
    'A dynamic purchasing system set up under the 2015 Regulations ends at the end of 23 February 2029 (SI 2024/716, reg 5(4)).',
  ],
  nextSteps: {
    authority: [
      'Check that the framework names your authority and covers this work.',
      'Follow its call-off method exactly: directly, only where the framework sets all the terms and objective conditions for choosing (reg 33(7)–(8)); otherwise a mini-competition among the suppliers able to do the work, with a fair time limit, awarded on the framework’s award criteria (reg 33(11)).',
      'No standstill letter is required for a call-off (reg 86(5)(c)). Publish the award on Contracts Finder (reg 108(1)(b)), and record each decision.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale: 'Often a few weeks for a direct call-off; longer for a mini-competition.',
  options: [
    {
      id: 'direct-call-off',
      title: DIRECT_TITLE,
      text: 'Only where the partner is the framework’s only operator, or the framework sets out all the terms and objective conditions for choosing the operator, and they pick this partner (reg 33(7)–(8)). Check the framework’s documents before you rely on it.',
      basis: [PCR.reg33],
    },
    {
      id: 'call-off-competition',
      title: COMPETITION_TITLE,
      text: 'Consult in writing the suppliers on the framework able to do the work, set a time limit long enough for them to respond, and award to the best tender on the framework’s own award criteria (reg 33(11)). For a dynamic purchasing system, follow its own rules for inviting its members to bid (reg 34).',
      basis: [PCR.reg33, PCR.reg34],
    },
  ],
};

const pcsr2015: RouteInRegime = {
  name: 'Call-off from a framework agreement (or a dynamic purchasing system)',
  allows: 'You can award to a supplier on a framework your authority is allowed to use, by the framework’s own call-off method, without a new procurement.',
  when: 'When the partner is on a framework (or admitted to a dynamic purchasing system) that names your authority and covers exactly what you need.',
  basis: [PCSR.reg34, PCSR.reg35],
  risks: [
    'Only authorities the framework names may call off from it. Check the framework’s documents before you rely on it.',
    'A direct call-off that does not meet the framework’s own conditions is an award without a lawful procedure, open to challenge.',
  ],
  nextSteps: {
    authority: [
      'Check that the framework names your authority and covers this work.',
      'Follow the framework’s call-off method exactly (reg 34; for a dynamic purchasing system, reg 35). Check with your procurement team which notices and what standstill apply.',
      'Record each decision and the reasons.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale: 'Often a few weeks for a direct call-off; longer for a mini-competition.',
  options: [
    {
      id: 'direct-call-off',
      title: DIRECT_TITLE,
      text: 'Only where the framework’s own terms allow an award without reopening competition, and they pick this partner (reg 34). Check the framework’s documents before you rely on it.',
      basis: [PCSR.reg34],
    },
    {
      id: 'call-off-competition',
      title: COMPETITION_TITLE,
      text: 'Run the mini-competition the framework sets out among its suppliers, or, for a dynamic purchasing system, invite its members to bid under its rules (reg 35).',
      basis: [PCSR.reg34, PCSR.reg35],
    },
  ],
};

const healthOptions = (basis: RouteOption['basis'], noticeWithoutCompetition: string): RouteOption[] => [
  {
    id: 'direct-call-off',
    title: DIRECT_TITLE,
    text: `Where the framework provides for it, you can call off from it without a competition. ${noticeWithoutCompetition}`,
    basis,
  },
  {
    id: 'call-off-competition',
    title: COMPETITION_TITLE,
    text: 'Where the framework provides for a competition, run it among the framework’s providers on the framework’s terms.',
    basis,
  },
];

const psr: RouteInRegime = {
  name: 'Call-off from a framework agreement',
  allows: 'You can award a contract to a provider on a framework set up under the Provider Selection Regime, with or without a competition, as the framework provides.',
  when: 'When the partner is on a framework that your authority may use for these health care services. Call-offs begun on or after 1 January 2024 follow the regime, under any framework.',
  basis: [PSR.reg18, PSR.regs],
  risks: [
    'A call-off outside what the framework provides is an award without a lawful process.',
    'Frameworks themselves can only be set up by the Competitive Process, and last at most 4 years save in exceptional cases.',
  ],
  nextSteps: {
    authority: [
      'Check that the framework covers these services and lets your authority call off from it.',
      'Follow its call-off method: with or without a competition, as it provides. The basic selection criteria do not apply to a call-off.',
      'Publish the notice the regime requires, and keep the record reg 24 requires.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale: 'Often a few weeks, depending on the framework’s own method.',
  options: healthOptions([PSR.reg18], 'A notice is needed when you call off without a competition.'),
  mustRecord: recordRequirements(false, 'direct'),
};

const psrWales: RouteInRegime = {
  name: 'Call-off from a framework agreement',
  allows: 'You can award a contract to a provider on a framework set up under the Welsh Provider Selection Regime, with or without a competition, as the framework provides.',
  when: 'When the partner is on a framework that your authority may use for these health services.',
  basis: [WALES.reg18, WALES.reg12],
  risks: [
    'A call-off outside what the framework provides is an award without a lawful process.',
    'A call-off from a framework with several providers needs a notice of intention and a standstill, with or without a competition. Awarding before the standstill ends leaves it open to challenge.',
  ],
  nextSteps: {
    authority: [
      'Check that the framework covers these services and lets your authority call off from it.',
      'Follow its call-off method: with or without a competition, as it provides. The basic selection criteria do not apply to a call-off.',
      'If the framework has more than one provider, submit a notice of intention and wait for the standstill to end before you award; a single-provider framework needs no standstill.',
      'Keep the reg 30 record for 3 years.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale: 'Often a few weeks, plus the 8-working-day standstill for a framework with several providers.',
  options: healthOptions([WALES.reg18, WALES.reg12], 'From a framework with several providers, a notice of intention and a standstill are still needed.'),
  mustRecord: recordRequirements(true, 'direct'),
};

export const frameworkCallOff: RouteContent = {
  id: 'framework-call-off',
  title: 'Call-off from a framework',
  summary: 'Use a framework or dynamic market the partner is already on, by its own call-off method.',
  regimes: { pa2023, pcr2015, pcsr2015, psr, 'psr-wales': psrWales },
};
