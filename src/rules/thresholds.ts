import type { Answers, Citation, RegimeId } from './types';
import { LEGISLATION } from './regimes';

export type ThresholdKind = 'light-touch' | 'central' | 'sub-central';

export interface Threshold {
  kind: ThresholdKind;
  /** Pounds including VAT. A value equal to it is above threshold. */
  amount: number;
  /** False where the current figure is not confirmed: the product must say to check it. */
  confirmed: boolean;
  /** What the figure is and since when, in words. */
  basis: string;
  source: Citation;
}

type GeneralRegime = Exclude<RegimeId, 'psr'>;

const PA_SOURCE: Citation = { label: 'SI 2025/1200 (thresholds from 1 January 2026)', url: LEGISLATION.thresholds2026 };
const PCR_SOURCE: Citation = { label: 'Public Contracts Regulations 2015 (thresholds from 1 January 2024)', url: LEGISLATION.pcr2015 };
const SCOT_SOURCE: Citation = { label: 'Public Contracts (Scotland) Regulations 2015, reg 5', url: `${LEGISLATION.pcsr2015}/regulation/5` };

const THRESHOLDS: Record<GeneralRegime, Record<ThresholdKind, Threshold>> = {
  pa2023: {
    'light-touch': { kind: 'light-touch', amount: 663_540, confirmed: true, basis: 'light touch contracts, from 1 January 2026', source: PA_SOURCE },
    central: { kind: 'central', amount: 135_018, confirmed: true, basis: 'central government services, from 1 January 2026', source: PA_SOURCE },
    'sub-central': { kind: 'sub-central', amount: 207_720, confirmed: true, basis: 'other authorities’ services, from 1 January 2026', source: PA_SOURCE },
  },
  pcr2015: {
    'light-touch': { kind: 'light-touch', amount: 663_540, confirmed: true, basis: 'Light Touch Regime services, from 1 January 2024', source: PCR_SOURCE },
    central: { kind: 'central', amount: 139_688, confirmed: true, basis: 'central government services, from 1 January 2024', source: PCR_SOURCE },
    'sub-central': { kind: 'sub-central', amount: 214_904, confirmed: true, basis: 'other authorities’ services, from 1 January 2024', source: PCR_SOURCE },
  },
  // Scotland's 2026 light-touch and sub-central figures are unconfirmed: we use the
  // last figure we can stand behind and the result tells people to check.
  pcsr2015: {
    'light-touch': { kind: 'light-touch', amount: 663_540, confirmed: false, basis: 'social and other specific services, the figure in force until 2025', source: SCOT_SOURCE },
    central: { kind: 'central', amount: 135_018, confirmed: true, basis: 'central government services, from 1 January 2026', source: SCOT_SOURCE },
    // No confirmed Scottish figure: the lower UK figure is the cautious choice, since a
    // value between the two is then treated as above threshold, never wrongly below it.
    'sub-central': { kind: 'sub-central', amount: 207_720, confirmed: false, basis: 'other authorities’ services; there is no confirmed Scottish figure for 2026, so we use the lower UK figure from 1 January 2026', source: SCOT_SOURCE },
  },
};

const LIGHT_TOUCH_SERVICES = ['social-care', 'education', 'community'];

/** Light-touch services are the social, education and community ones (serviceKind ≠ other). */
export const isLightTouchService = (answers: Answers): boolean =>
  answers.serviceKind !== undefined && LIGHT_TOUCH_SERVICES.includes(answers.serviceKind);

export const thresholdKindFor = (answers: Answers): ThresholdKind | undefined => {
  if (isLightTouchService(answers)) return 'light-touch';
  if (answers.authorityType === 'central' || answers.authorityType === 'sub-central') return answers.authorityType;
  return undefined;
};

/** The threshold for this regime and kind of contract; the PSR has none. */
export function thresholdFor(regime: RegimeId, kind: ThresholdKind): Threshold | undefined {
  return regime === 'psr' ? undefined : THRESHOLDS[regime][kind];
}

/** A value is above threshold when it is not less than it (equal counts as above). */
export const isBelowThreshold = (value: number, threshold: Threshold): boolean => value < threshold.amount;
