import type { Answers, Citation, RegimeId, RouteId } from './types';

export interface Regime {
  id: RegimeId;
  name: string;
  short: string;
  /** Why this regime applies, in plain words. */
  appliesWhen: string;
  /** An edge case of the regime's reach the result should mention (spec §1 hints), if any. */
  caveat?: string;
  source: Citation;
}

export const LEGISLATION = {
  pa2023: 'https://www.legislation.gov.uk/ukpga/2023/54',
  pcr2015: 'https://www.legislation.gov.uk/uksi/2015/102',
  psr: 'https://www.legislation.gov.uk/uksi/2023/1348',
  'psr-wales': 'https://www.legislation.gov.uk/wsi/2025/99',
  pcsr2015: 'https://www.legislation.gov.uk/ssi/2015/446',
  transitional: 'https://www.legislation.gov.uk/uksi/2024/716/regulation/5',
  thresholds2026: 'https://www.legislation.gov.uk/uksi/2025/1200',
  /** PCR works and Concession Contracts Regulations 2016 figures from 1 Jan 2024 (routes.md §3, §6). */
  thresholds2024: 'https://www.legislation.gov.uk/uksi/2023/1117',
  concessionsScotland: 'https://www.legislation.gov.uk/ssi/2016/65/regulation/8',
  pr2024Sch1: 'https://www.legislation.gov.uk/uksi/2024/692/schedule/1',
  subsidyControl: 'https://www.legislation.gov.uk/ukpga/2022/23',
  socialValue: 'https://www.legislation.gov.uk/ukpga/2012/3/section/1',
  walesSocialPartnership: 'https://www.legislation.gov.uk/asc/2023/1/part/3',
  procurementReformScotland: 'https://www.legislation.gov.uk/asp/2014/12',
  careReformS16: 'https://www.legislation.gov.uk/asp/2025/9/section/16',
} as const;

export const REGIMES: Record<RegimeId, Regime> = {
  pa2023: {
    id: 'pa2023',
    name: 'Procurement Act 2023',
    short: 'the Procurement Act',
    appliesWhen:
      'The authority is in England, Wales or Northern Ireland and the procurement began on or after 24 February 2025.',
    source: { label: 'Procurement Act 2023', url: LEGISLATION.pa2023 },
  },
  pcr2015: {
    id: 'pcr2015',
    name: 'Public Contracts Regulations 2015',
    short: 'the 2015 Regulations',
    appliesWhen:
      'The procurement formally began before 24 February 2025, so the older rules still govern it until it ends.',
    source: { label: 'Public Contracts Regulations 2015', url: LEGISLATION.pcr2015 },
  },
  psr: {
    id: 'psr',
    name: 'Provider Selection Regime',
    short: 'the Provider Selection Regime',
    appliesWhen:
      'These are health care services in England arranged by NHS England, an integrated care board, an NHS trust or foundation trust, or a local or combined authority. The regime applies whatever the value.',
    caveat:
      'A health care procurement that began before 1 January 2024 is not under this regime: it finishes under the rules it began under.',
    source: {
      label: 'Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348)',
      url: LEGISLATION.psr,
    },
  },
  'psr-wales': {
    id: 'psr-wales',
    name: 'Welsh Provider Selection Regime',
    short: 'the Welsh Provider Selection Regime',
    appliesWhen:
      'These are health services in Wales arranged by a Welsh council, a local health board, an NHS trust or a special health authority. The Health Services (Provider Selection Regime) (Wales) Regulations 2025 apply whatever the value.',
    caveat:
      'A health procurement in Wales that began before 24 February 2025 is not under this regime: it finishes under the rules it began under.',
    source: {
      label: 'Health Services (Provider Selection Regime) (Wales) Regulations 2025 (WSI 2025/99)',
      url: LEGISLATION['psr-wales'],
    },
  },
  pcsr2015: {
    id: 'pcsr2015',
    name: 'Public Contracts (Scotland) Regulations 2015',
    short: 'the Scottish Regulations',
    appliesWhen: 'The contracting authority is a Scottish devolved authority.',
    caveat:
      'A UK-wide or reserved body buying in Scotland, such as a UK government department, follows the Procurement Act 2023 instead (s.2(5)).',
    source: { label: 'Public Contracts (Scotland) Regulations 2015', url: LEGISLATION.pcsr2015 },
  },
};

/**
 * Which law governs the contract the answers are about — for a change or a
 * call-off, the law the existing contract or framework was awarded under — or
 * undefined while the answers that fix it are missing. "unsure" about health
 * care never counts as yes: the general rules apply and the doubt becomes an
 * open question.
 */
export function contractRegimeFor(answers: Answers): RegimeId | undefined {
  const { nation, healthCare, startedBefore2025 } = answers;
  if (nation === undefined) return undefined;
  if (nation === 'scotland') return 'pcsr2015';
  if (nation === 'england' || nation === 'wales') {
    if (healthRegimeApplies(answers)) return nation === 'england' ? 'psr' : 'psr-wales';
    if (healthCare === undefined || (healthCare === 'mixed' && answers.mixedMainlyHealth === undefined)) return undefined;
  }
  if (startedBefore2025 === 'yes') return 'pcr2015';
  if (startedBefore2025 === 'no') return 'pa2023';
  return undefined;
}

/**
 * Spec §3 gate 1: a change that none of the grounds asked about permits goes on
 * as a new contract. The grounds are asked in turn, each only after a firm answer
 * other than yes, so an answer to the last one that is not yes means none allowed it.
 */
export const changeBecomesNewContract = (answers: Answers): boolean =>
  answers.arrangement === 'change' && answers.changeUnforeseen !== undefined && answers.changeUnforeseen !== 'yes';

/**
 * An existing arrangement the journey cannot use — a change no ground allows, or
 * a framework the partner is not on — gives way to a new contract, which starts now.
 */
export const newContractInstead = (answers: Answers): boolean =>
  changeBecomesNewContract(answers) || (answers.arrangement === 'framework' && answers.onFramework === 'no');

/**
 * Which law the route is decided under. A new contract procured now is under the
 * Act, even in place of a 2015 Regulations contract or framework (SI 2024/716
 * reg 5 keeps only those under the Regulations); a health regime stays the same.
 */
export function regimeFor(answers: Answers): RegimeId | undefined {
  const regime = contractRegimeFor(answers);
  return regime === 'pcr2015' && newContractInstead(answers) ? 'pa2023' : regime;
}

/**
 * Spec §1a: health care, or a mixed package whose health care is worth more than
 * the rest and would be harmed by buying the rest separately (PSR reg 3; Welsh
 * reg 3), arranged in England or Wales. Northern Ireland and Scotland have no
 * provider selection regime.
 */
export const healthRegimeApplies = (answers: Answers): boolean =>
  (answers.nation === 'england' || answers.nation === 'wales') &&
  (answers.healthCare === 'yes' || (answers.healthCare === 'mixed' && answers.mixedMainlyHealth === 'yes'));

/** The 2015 Regulations, and Scotland's, offer the same routes (spec §5). */
const REGULATIONS_ROUTES: readonly RouteId[] = [
  'no-contract',
  'below-threshold',
  'framework-call-off',
  'modify-contract',
  'light-touch',
  'direct-award',
  'co-investment',
  'innovation-partnership',
  'competitive-tender',
];

/** The health regimes: no value threshold, their own processes (spec §1a). */
export const HEALTH_REGIMES: readonly RegimeId[] = ['psr', 'psr-wales'];
export const isHealthRegime = (regime: RegimeId | undefined): boolean =>
  regime !== undefined && HEALTH_REGIMES.includes(regime);

/** The routes each regime offers (spec §5); every regime has call-offs and changes to existing contracts. */
export const ROUTES_IN_REGIME: Record<RegimeId, readonly RouteId[]> = {
  pa2023: [
    'no-contract',
    'below-threshold',
    'framework-call-off',
    'modify-contract',
    'user-choice',
    'light-touch',
    'direct-award',
    'co-investment',
    'innovation-partnership',
    'competitive-tender',
  ],
  pcr2015: REGULATIONS_ROUTES,
  pcsr2015: REGULATIONS_ROUTES,
  psr: [
    'no-contract',
    'framework-call-off',
    'modify-contract',
    'existing-provider',
    'patient-choice',
    'most-suitable-provider',
    'direct-award',
    'co-investment',
    'competitive-tender',
  ],
  // No patient-choice process exists in Wales (WSI 2025/99 reg 7).
  'psr-wales': [
    'no-contract',
    'framework-call-off',
    'modify-contract',
    'existing-provider',
    'most-suitable-provider',
    'direct-award',
    'co-investment',
    'competitive-tender',
  ],
};

export const routeApplies = (route: RouteId, regime: RegimeId): boolean =>
  ROUTES_IN_REGIME[regime].includes(route);
