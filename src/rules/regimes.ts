import type { Answers, Citation, RegimeId, RouteId } from './types';

export interface Regime {
  id: RegimeId;
  name: string;
  short: string;
  /** Why this regime applies, in plain words. */
  appliesWhen: string;
  source: Citation;
}

export const LEGISLATION = {
  pa2023: 'https://www.legislation.gov.uk/ukpga/2023/54',
  pcr2015: 'https://www.legislation.gov.uk/uksi/2015/102',
  psr: 'https://www.legislation.gov.uk/uksi/2023/1348',
  pcsr2015: 'https://www.legislation.gov.uk/ssi/2015/446',
  transitional: 'https://www.legislation.gov.uk/uksi/2024/716/regulation/5',
  thresholds2026: 'https://www.legislation.gov.uk/uksi/2025/1200',
  subsidyControl: 'https://www.legislation.gov.uk/ukpga/2022/23',
  socialValue: 'https://www.legislation.gov.uk/ukpga/2012/3/section/1',
  procurementReformScotland: 'https://www.legislation.gov.uk/asp/2014/12',
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
      'These are health care services arranged by an NHS body or a local authority in England or Wales. The regime applies whatever the value.',
    source: {
      label: 'Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348)',
      url: LEGISLATION.psr,
    },
  },
  pcsr2015: {
    id: 'pcsr2015',
    name: 'Public Contracts (Scotland) Regulations 2015',
    short: 'the Scottish Regulations',
    appliesWhen: 'The contracting authority is a Scottish devolved authority.',
    source: { label: 'Public Contracts (Scotland) Regulations 2015', url: LEGISLATION.pcsr2015 },
  },
};

/** In Wales the regime is the Welsh PSR; legal-facts gives its name and start, not regulation numbers. */
export const WELSH_PSR =
  'In Wales the Health Services (Provider Selection Regime) (Wales) Regulations 2025 apply (in force 24 February 2025, made under the Health Service Procurement (Wales) Act 2024). They are a separate set of rules: check the Welsh regulations for the matching provision before relying on the English regulation numbers shown here.';

/**
 * Which law applies, or undefined while the answers that fix it are missing.
 * "unsure" about health care never counts as yes: the general rules apply and
 * the doubt becomes an open question.
 */
export function regimeFor(answers: Answers): RegimeId | undefined {
  const { nation, healthCare, startedBefore2025 } = answers;
  if (nation === undefined) return undefined;
  if (nation === 'scotland') return 'pcsr2015';
  if ((nation === 'england' || nation === 'wales') && healthCare === 'yes') return 'psr';
  if (nation !== 'northern-ireland' && healthCare === undefined) return undefined;
  if (startedBefore2025 === 'yes') return 'pcr2015';
  if (startedBefore2025 === 'no') return 'pa2023';
  return undefined;
}

/** The 2015 Regulations, and Scotland's, offer the same routes (spec §5). */
const REGULATIONS_ROUTES: readonly RouteId[] = [
  'no-contract',
  'below-threshold',
  'light-touch',
  'direct-award',
  'co-investment',
  'innovation-partnership',
  'competitive-tender',
];

/** The routes each regime offers (spec §5). */
export const ROUTES_IN_REGIME: Record<RegimeId, readonly RouteId[]> = {
  pa2023: [
    'no-contract',
    'below-threshold',
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
    'existing-provider',
    'patient-choice',
    'most-suitable-provider',
    'direct-award',
    'co-investment',
    'innovation-partnership',
    'competitive-tender',
  ],
};

export const routeApplies = (route: RouteId, regime: RegimeId): boolean =>
  ROUTES_IN_REGIME[regime].includes(route);
