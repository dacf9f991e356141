import type { RouteContent, RouteInRegime, RouteOption } from './types';
import { PA, PCR, PCSR, PSR, WALES } from './sources';
import { recordRequirements } from './psr-shared';

// routes.md §2 "Modifying or extending a contract under the PA": s.74(1) three
// grounds (Sch 8; not substantial, s.74(3); below-threshold modification,
// s.74(4)); s.74(2) light touch contracts (⚠ no guidance on practical limits;
// s.12 and equal treatment still apply, s.1(1)(b)); Sch 8 paras 1 and 4; change
// notices s.75 (not for value ≤10%/15% or term ≤10%, s.75(2); not for light touch
// contracts or transferred NI authorities, s.75(6)); voluntary standstill s.76;
// s.77 publication over £5m (not devolved Welsh authorities). A change of
// supplier only under Sch 8 para 9 (s.74(9)). Contracts below the threshold
// after the change are outside s.74 unless convertible (spec §3; spec-v2 review
// O4, citing the Cabinet Office guidance). "… under the PCR": reg 72(1)(a), (c),
// (5)–(6), notice for (b) and (c) (reg 72(3)); PCSR reg 72 has the same grounds
// (review M8). legal/health.md "Modifications (reg 13)": England 13(1)(a), (c),
// (d), (2), A and B contracts 13(3), notice 13(4)–(5); Wales Process 1 contracts
// 13(1), others 13(3)–(5), notice 13(6)–(7); pre-24 Feb 2025 Welsh contracts ⚠
// (review M4). The ground used is picked by the answers (decide.ts optionsOf).

const RECORD_STEP = 'Record the change, the ground that allows it and your reasons, with the contract’s value before and after it.';

const SE_STEPS = [
  'Ask the authority which legal ground it will rely on for the change, and whether a notice will be published.',
  'Agree the change in writing, as a formal variation to the contract, before you start the extra work.',
  'If the change is refused because no ground allows it, ask to be told when the new contract is advertised.',
];

const paOptions: RouteOption[] = [
  {
    id: 'change-below-threshold',
    title: 'A contract below the threshold: no legal ground needed',
    text: 'Even after the change the contract is worth less than the threshold, so the Act’s rules on changing contracts do not apply to it (they cover contracts at or above the threshold, and those the change lifts above it). If the contract was at or above the threshold when it was awarded, it may still be covered and need a ground: check. Otherwise no contract change notice is needed. Keep a record of the change and your reasons, and follow your own standing orders.',
    basis: [PA.s74],
  },
  {
    id: 'change-light-touch',
    title: 'A light touch contract: no legal ground needed (s.74(2))',
    text: 'A light touch contract may be changed without meeting any of the usual grounds (s.74(2)), and no contract change notice is needed (s.75). The Act’s objectives, including treating suppliers equally, still apply while you manage the contract, so a change that in effect awards a different contract can still be challenged: check a large change with your legal team.',
    basis: [PA.s74, PA.s75, PA.s12],
  },
  {
    id: 'change-provided-for',
    title: 'A change the contract provided for (Sch 8 para 1)',
    text: 'The contract, and its tender or transparency notice, provided for this change unambiguously, and it does not change the contract’s overall nature. Publish a contract change notice before you make it, unless it changes the value by no more than 10% (15% for works) or the term by no more than 10% (s.75(2)).',
    basis: [PA.sch8Para1, PA.s74, PA.s75],
  },
  {
    id: 'change-small',
    title: 'A change that is not substantial, or a small-value change (s.74)',
    text: 'Either the term changes by no more than 10% of its maximum term, with nothing of a new kind added and no material shift in the economic balance in the partner’s favour (not a substantial change, s.74(1)(b), (3)); or the value changes by no more than 10% (15% for works), every such change together stays below the threshold, and nothing of a new kind is added (s.74(1)(c), (4)). Changes within those limits of value or term need no contract change notice (s.75(2)).',
    basis: [PA.s74, PA.s75],
  },
  {
    id: 'change-unforeseen',
    title: 'A change caused by unforeseeable circumstances (Sch 8 para 4)',
    text: 'The change is needed because of circumstances you could not reasonably have foreseen before the award, it does not change the contract’s overall nature, and it adds no more than 50% to the value. Publish a contract change notice before you make it, unless it changes the value by no more than 10% (15% for works) or the term by no more than 10% (s.75(2)).',
    basis: [PA.sch8Para4, PA.s74, PA.s75],
  },
];

const pa2023: RouteInRegime = {
  name: 'Changing the contract (s.74 and Schedule 8)',
  allows: 'You can change or extend the contract you already have with this partner, without a new procurement, on the legal ground below.',
  when: 'When the change is allowed by one of the grounds in s.74 and Schedule 8 — or needs none, because the contract is a light touch contract or stays below the threshold.',
  basis: [PA.s74, PA.sch8, PA.s75, PA.s76, PA.s77],
  risks: [
    'The contract’s supplier cannot be changed this way, except by a restructuring of the supplier under Sch 8 para 9.',
    'Changes split up so that each looks small, when they could reasonably have been made together, are treated as one change.',
    'A change no ground allows is an award of a new contract without a procedure, open to challenge.',
  ],
  nextSteps: {
    authority: [
      RECORD_STEP,
      'Publish a contract change notice before you make the change, unless the ground below says none is needed. Northern Ireland transferred authorities are not required to publish one (s.75(6)). If you choose to wait after the notice, wait at least 8 working days (s.76).',
      'If the contract is worth more than £5 million, check whether you must publish the changed contract within 90 days (s.77). This does not apply to devolved Welsh authorities.',
      'Agree the change with the partner as a formal written variation.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale: 'Days to a few weeks: the time to agree the variation, plus any voluntary wait after a change notice.',
  options: paOptions,
};

/** The 2015 Regulations' reg 72 and the Scottish reg 72 have the same grounds (spec-v2 review M8). */
function regulationsOptions(reg72: RouteOption['basis'][number], scotland: boolean): RouteOption[] {
  const notice = scotland
    ? 'Publish a notice of the modification — check the exact requirement with your procurement team.'
    : 'Publish a notice of the modification (reg 72(3)).';
  return [
    {
      id: 'change-below-threshold',
      title: 'A contract below the threshold: no legal ground needed',
      text: 'Even after the change the contract is worth less than the threshold, so reg 72 does not govern it. If the contract was at or above the threshold when it was awarded, it may still be covered and need a ground: check. Keep a record of the change and your reasons, and follow your own standing orders.',
      basis: [reg72],
    },
    {
      id: 'change-provided-for',
      title: 'A review clause or option in the original documents (reg 72(1)(a))',
      text: 'The original procurement documents had a clear, precise and unequivocal review clause or option, stating its scope and conditions, and the change does not alter the contract’s overall nature.',
      basis: [reg72],
    },
    {
      id: 'change-small',
      title: 'A small change (reg 72(5))',
      text: 'Counting earlier changes, the changes in total are worth less than the threshold and less than 10% of the original value (15% for works), and the contract’s overall nature does not change.',
      basis: [reg72],
    },
    {
      id: 'change-unforeseen',
      title: 'A change caused by unforeseeable circumstances (reg 72(1)(c))',
      text: `The change is needed because of circumstances a diligent authority could not have foreseen, it does not alter the contract’s overall nature, and each increase is no more than 50% of the original value. ${notice}`,
      basis: [reg72],
    },
  ];
}

const regulationsRisks = [
  'A change no ground allows needs a new procurement (reg 72(9)). Changing it anyway is open to challenge.',
  'The contractor can be replaced only by a review clause or by succession after a corporate restructuring (reg 72(1)(d)).',
];

const pcr2015: RouteInRegime = {
  name: 'Changing the contract (reg 72)',
  allows: 'The contract was awarded under the 2015 Regulations, so changes to it still follow them. You can change or extend it without a new procurement on the ground below.',
  when: 'When the change is allowed by one of the grounds in reg 72 — or needs none, because the contract stays below the threshold.',
  basis: [PCR.reg72, PCR.transitional],
  risks: regulationsRisks,
  nextSteps: {
    authority: [RECORD_STEP, 'Publish a notice if the ground below needs one.', 'Agree the change with the partner as a formal written variation.'],
    'social-enterprise': SE_STEPS,
  },
  timescale: 'Days to a few weeks: the time to agree the variation and publish any notice.',
  options: regulationsOptions(PCR.reg72, false),
};

const pcsr2015: RouteInRegime = {
  name: 'Changing the contract (reg 72)',
  allows: 'You can change or extend the contract you already have without a new procurement, on the ground below.',
  when: 'When the change is allowed by one of the grounds in reg 72 of the Scottish Regulations — or needs none, because the contract stays below the threshold.',
  basis: [PCSR.reg72],
  risks: regulationsRisks,
  nextSteps: {
    authority: [RECORD_STEP, 'Publish a notice if the ground below needs one.', 'Agree the change with the partner as a formal written variation.'],
    'social-enterprise': SE_STEPS,
  },
  timescale: 'Days to a few weeks: the time to agree the variation and publish any notice.',
  options: regulationsOptions(PCSR.reg72, true),
};

const healthNotice =
  'If the change is your decision and, counting earlier changes since the award, it changes the lifetime value by £500,000 or more, publish a modification notice within 30 days.';

function healthOptions(reg13: RouteOption['basis'][number], directProcesses: string): RouteOption[] {
  return [
    {
      id: 'change-provided-for',
      title: 'A change the contract provided for',
      text: `The contract (or the framework) provided for the change clearly and unambiguously. ${healthNotice}`,
      basis: [reg13],
    },
    {
      id: 'change-small',
      title: 'A change of your own that is not too large',
      text: `The change is your decision, does not make the contract materially different in character, and, counting earlier changes since the award, changes its lifetime value by less than £500,000 or by less than 25%. For a contract awarded by ${directProcesses}, it is enough that it does not become materially different in character. ${healthNotice}`,
      basis: [reg13],
    },
    {
      id: 'change-unforeseen',
      title: 'A response to factors outside your control',
      text: 'The change responds to external factors beyond your and the provider’s control — such as patient or service user numbers, or prices set by a formula — and does not make the contract materially different in character. Such a change is not your decision, so no modification notice is needed for it.',
      basis: [reg13],
    },
  ];
}

const HEALTH_UNPERMITTED_RISK = 'A change no ground allows needs a new process under the regime. Making it anyway is open to challenge.';
const HEALTH_TIMESCALE = 'Days to a few weeks: the time to agree the variation, and any notice within 30 days after it.';

const psr: RouteInRegime = {
  name: 'Changing the contract (reg 13)',
  allows: 'You can change or extend the contract you already have without a new process, on the ground below. Changes made on or after 1 January 2024 follow the regime, whenever the contract was awarded.',
  when: 'When the change is allowed by one of the grounds in reg 13.',
  basis: [PSR.reg13],
  risks: [
    HEALTH_UNPERMITTED_RISK,
    'A change of provider is allowed only by corporate succession (a takeover, merger, acquisition or insolvency), and only if the new provider meets the basic selection criteria.',
  ],
  nextSteps: {
    authority: [RECORD_STEP, healthNotice, 'Agree the change with the provider as a formal written variation, and keep the record reg 24 requires.'],
    'social-enterprise': SE_STEPS,
  },
  timescale: HEALTH_TIMESCALE,
  options: healthOptions(PSR.reg13, 'Direct Award Process A or B'),
  // Reg 24(g) and Welsh reg 30: the reasons for every decision under the regulations, a change included.
  mustRecord: recordRequirements(false, 'direct'),
};

const psrWales: RouteInRegime = {
  name: 'Changing the contract (reg 13)',
  allows: 'You can change or extend the contract you already have without a new process, on the ground below. Changes made on or after 24 February 2025 follow these Regulations.',
  when: 'When the change is allowed by one of the grounds in reg 13.',
  basis: [WALES.reg13],
  risks: [
    HEALTH_UNPERMITTED_RISK,
    'For a contract awarded before 24 February 2025, the regulations do not clearly say which grounds apply. We apply the same grounds as for other contracts, to be safe: check with your legal team.',
  ],
  nextSteps: {
    authority: [RECORD_STEP, healthNotice, 'Agree the change with the provider as a formal written variation, and keep the reg 30 record for 3 years.'],
    'social-enterprise': SE_STEPS,
  },
  timescale: HEALTH_TIMESCALE,
  options: healthOptions(WALES.reg13, 'Direct Award Process 1'),
  mustRecord: recordRequirements(true, 'direct'),
};

export const modifyContract: RouteContent = {
  id: 'modify-contract',
  title: 'Change the contract you have',
  summary: 'Change or extend a contract you already have with the partner, where the law allows it, without a new procurement.',
  regimes: { pa2023, pcr2015, pcsr2015, psr, 'psr-wales': psrWales },
};
