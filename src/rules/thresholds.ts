import type { Answers, Citation, RegimeId } from './types';
import { LEGISLATION, isHealthRegime } from './regimes';

/**
 * The kinds of contract with their own threshold (spec §3 gate 1): goods and
 * services for central or other (sub-central) authorities, light touch
 * services, works, and concessions (light touch concessions have their own).
 */
export type ThresholdKind = 'light-touch' | 'central' | 'sub-central' | 'works' | 'concession' | 'light-touch-concession';

export const THRESHOLD_KINDS: readonly ThresholdKind[] = ['light-touch', 'central', 'sub-central', 'works', 'concession', 'light-touch-concession'];

export interface Threshold {
  kind: ThresholdKind;
  /** Pounds including VAT. A value equal to it is above threshold. */
  amount: number;
  /** False where the current figure is not confirmed: the product must say to check it. */
  confirmed: boolean;
  /** What the figure is and since when, in words. */
  basis: string;
  /** Where to check the figure: the official source. */
  source: Citation;
}

/** The regimes with thresholds: the health regimes have none. */
type GeneralRegime = Exclude<RegimeId, 'psr' | 'psr-wales'>;

// routes.md §3, §6: PA Sch 1 as amended by SI 2025/1200 from 1 January 2026;
// devolved Welsh authorities have the same figures (routes.md §6).
const PA_SOURCE: Citation = { label: 'Procurement Act 2023, Sch 1, as amended by SI 2025/1200 (thresholds from 1 January 2026)', url: `${LEGISLATION.pa2023}/schedule/1` };
const PCR_SOURCE: Citation = { label: 'Public Contracts Regulations 2015 (thresholds from 1 January 2024)', url: LEGISLATION.pcr2015 };
// routes.md §3, §6: PCR works and the Concession Contracts Regulations 2016 figure, SI 2023/1117.
const PCR_2024_SOURCE: Citation = { label: 'SI 2023/1117 (works and concession thresholds from 1 January 2024)', url: LEGISLATION.thresholds2024 };
const SCOT_SOURCE: Citation = { label: 'Public Contracts (Scotland) Regulations 2015, reg 5 (thresholds)', url: `${LEGISLATION.pcsr2015}/regulation/5` };
const SCOT_CONCESSION_SOURCE: Citation = { label: 'Concession Contracts (Scotland) Regulations 2016, reg 8 (threshold)', url: LEGISLATION.concessionsScotland };

const PCR_EARLIER = 'a procurement begun before 1 January 2024 used the figure then in force';

// Every Scottish 2026 figure is at best secondary-source (routes.md §9), so none
// is confirmed. Where no Scottish figure is known, the lowest plausible figure
// (the 2026 figure elsewhere in the UK) is used, so that no contract is ever
// wrongly called below threshold (spec §5).
const SCOT_CHECK = 'not confirmed for Scotland: check the current figure';

const THRESHOLDS: Record<GeneralRegime, Record<ThresholdKind, Threshold>> = {
  pa2023: {
    'light-touch': { kind: 'light-touch', amount: 663_540, confirmed: true, basis: 'light touch contracts, from 1 January 2026', source: PA_SOURCE },
    central: { kind: 'central', amount: 135_018, confirmed: true, basis: 'central government goods and services, from 1 January 2026', source: PA_SOURCE },
    'sub-central': { kind: 'sub-central', amount: 207_720, confirmed: true, basis: 'other authorities’ goods and services, from 1 January 2026', source: PA_SOURCE },
    works: { kind: 'works', amount: 5_193_000, confirmed: true, basis: 'works, from 1 January 2026', source: PA_SOURCE },
    concession: { kind: 'concession', amount: 5_193_000, confirmed: true, basis: 'concession contracts, from 1 January 2026', source: PA_SOURCE },
    'light-touch-concession': { kind: 'light-touch-concession', amount: 5_372_609, confirmed: true, basis: 'light touch concession contracts, from 1 January 2026', source: PA_SOURCE },
  },
  pcr2015: {
    'light-touch': { kind: 'light-touch', amount: 663_540, confirmed: true, basis: `Light Touch Regime services, from 1 January 2024 (${PCR_EARLIER})`, source: PCR_SOURCE },
    central: { kind: 'central', amount: 139_688, confirmed: true, basis: `central government goods and services, from 1 January 2024 (${PCR_EARLIER})`, source: PCR_SOURCE },
    'sub-central': { kind: 'sub-central', amount: 214_904, confirmed: true, basis: `other authorities’ goods and services, from 1 January 2024 (${PCR_EARLIER})`, source: PCR_SOURCE },
    works: { kind: 'works', amount: 5_372_609, confirmed: true, basis: `works, from 1 January 2024 (${PCR_EARLIER})`, source: PCR_2024_SOURCE },
    // Concessions were under the Concession Contracts Regulations 2016, with one threshold.
    concession: { kind: 'concession', amount: 5_372_609, confirmed: true, basis: `concession contracts under the Concession Contracts Regulations 2016, from 1 January 2024 (${PCR_EARLIER})`, source: PCR_2024_SOURCE },
    'light-touch-concession': { kind: 'light-touch-concession', amount: 5_372_609, confirmed: true, basis: `concession contracts under the Concession Contracts Regulations 2016, from 1 January 2024 (${PCR_EARLIER})`, source: PCR_2024_SOURCE },
  },
  pcsr2015: {
    'light-touch': { kind: 'light-touch', amount: 663_540, confirmed: false, basis: `social and other specific services; the figure until 2025 and the 2026 figure elsewhere in the UK — ${SCOT_CHECK}`, source: SCOT_SOURCE },
    central: { kind: 'central', amount: 135_018, confirmed: false, basis: `central government goods and services, from 1 January 2026, as reported in secondary sources — ${SCOT_CHECK}`, source: SCOT_SOURCE },
    'sub-central': { kind: 'sub-central', amount: 207_720, confirmed: false, basis: `other authorities’ goods and services; the 2026 figure elsewhere in the UK — ${SCOT_CHECK}`, source: SCOT_SOURCE },
    works: { kind: 'works', amount: 5_193_000, confirmed: false, basis: `works, from 1 January 2026, as reported in secondary sources — ${SCOT_CHECK}`, source: SCOT_SOURCE },
    concession: { kind: 'concession', amount: 5_193_000, confirmed: false, basis: `concession contracts; the 2026 figure elsewhere in the UK (the Scottish figure was £5,372,609 until 2025) — ${SCOT_CHECK}`, source: SCOT_CONCESSION_SOURCE },
    'light-touch-concession': { kind: 'light-touch-concession', amount: 5_193_000, confirmed: false, basis: `concession contracts for social and other specific services; the lowest 2026 concession figure elsewhere in the UK — ${SCOT_CHECK}`, source: SCOT_CONCESSION_SOURCE },
  },
};

const LIGHT_TOUCH_SERVICES = ['social-care', 'education', 'community'];

/** Light-touch services are the social, education and community ones (serviceKind ≠ other). */
export const isLightTouchService = (answers: Answers): boolean =>
  answers.serviceKind !== undefined && LIGHT_TOUCH_SERVICES.includes(answers.serviceKind);

/**
 * Which threshold applies, from the answers alone (spec §3 gate 1): a
 * concession (light touch or not), works, light touch services, or goods and
 * services by authority type — `unsure` uses the central (lower) figure.
 * `concession` is read before it is a question id, so the flow can add it
 * without changing this function; `unsure` counts as not a concession.
 */
export function thresholdKindFor(answers: Answers & { concession?: string }): ThresholdKind | undefined {
  const lightTouch = isLightTouchService(answers);
  if (answers.serviceKind !== undefined && answers.concession === 'yes') return lightTouch ? 'light-touch-concession' : 'concession';
  if (lightTouch) return 'light-touch';
  if (answers.serviceKind === 'works') return 'works';
  if (answers.authorityType === 'central' || answers.authorityType === 'unsure') return 'central';
  if (answers.authorityType === 'sub-central') return 'sub-central';
  return undefined;
}

/** The threshold for this regime and kind of contract; the health regimes have none. */
export function thresholdFor(regime: RegimeId, kind: ThresholdKind): Threshold | undefined {
  return isHealthRegime(regime) ? undefined : THRESHOLDS[regime as GeneralRegime][kind];
}

/** A value is above threshold when it is not less than it (equal counts as above). */
export const isBelowThreshold = (value: number, threshold: Threshold): boolean => value < threshold.amount;

/** The contract's value beside the threshold for its kind under this regime; none until both are known, nor in a health regime. */
export interface ThresholdCheck {
  threshold: Threshold;
  value: number;
}

export function thresholdCheck(answers: Answers, regime: RegimeId): ThresholdCheck | undefined {
  const kind = thresholdKindFor(answers);
  if (kind === undefined || answers.contractValue === undefined) return undefined;
  const threshold = thresholdFor(regime, kind);
  return threshold && { threshold, value: Number(answers.contractValue) };
}
