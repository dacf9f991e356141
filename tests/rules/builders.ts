// Hand-built answer sets for the rules tests, following the spec's §2 "asked
// when" column. A journey with everything closed holds only answers on its own
// path; an override that opens an earlier gate can leave a few firm "no"
// answers after it, which never open anything.
import { decide, REGIME_IDS, type Answers, type Decision, type RegimeId } from '../../src/rules';

export const ALL_REGIMES: RegimeId[] = [...REGIME_IDS];

/** Context answers that fix each regime (spec §1). */
export const CONTEXT: Record<RegimeId, Answers> = {
  pa2023: { initiator: 'authority', nation: 'england', healthCare: 'no', startedBefore2025: 'no' },
  pcr2015: { initiator: 'authority', nation: 'england', healthCare: 'no', startedBefore2025: 'yes' },
  pcsr2015: { initiator: 'authority', nation: 'scotland' },
  psr: { initiator: 'authority', nation: 'england', healthCare: 'yes' },
  'psr-wales': { initiator: 'authority', nation: 'wales', healthCare: 'yes' },
};

export type GeneralRegime = 'pa2023' | 'pcr2015' | 'pcsr2015';
export const GENERAL_REGIMES: GeneralRegime[] = ['pa2023', 'pcr2015', 'pcsr2015'];
export type HealthRegime = 'psr' | 'psr-wales';
export const HEALTH_REGIME_IDS: HealthRegime[] = ['psr', 'psr-wales'];

/** The unique-partner and innovation gates, closed with a firm "no". */
export const LATER_GATES_CLOSED: Answers = { uniqueSupplier: 'no', innovationNeed: 'no' };

/** The flexible (light touch) questions, as asked in each general regime, with light touch closed: only this partner could deliver. */
export function lightTouchClosed(regime: GeneralRegime): Answers {
  return {
    ...(regime === 'pa2023' && { userChoice: 'no' }),
    proportionate: 'yes',
    willing: 'none',
    transparent: 'yes',
    mutual: 'no',
  };
}

/**
 * A complete journey under a general regime, well above every threshold. With
 * `other` services (a sub-central authority) it reaches a competition unless
 * `overrides` open a gate; with a light touch service (social care) every gate
 * is closed and it lands on light touch as the last resort.
 */
export function generalJourney(regime: GeneralRegime, service: 'light-touch' | 'other', overrides: Answers = {}): Answers {
  const contract: Answers = {
    buying: 'yes',
    arrangement: 'new',
    serviceKind: service === 'light-touch' ? 'social-care' : 'other',
    concession: 'no',
    authorityType: 'sub-central',
    contractValue: '10000000',
    supportedEmployment: 'no',
  };
  const flexible = service === 'light-touch' ? lightTouchClosed(regime) : {};
  return { ...CONTEXT[regime], ...contract, ...flexible, ...LATER_GATES_CLOSED, ...overrides };
}

/** A complete health journey (a new service, nothing direct) that ends on the Competitive Process unless `overrides` open a gate. */
export function healthJourney(regime: HealthRegime, overrides: Answers = {}): Answers {
  return {
    ...CONTEXT[regime],
    buying: 'yes',
    arrangement: 'new',
    incumbent: 'no',
    ...(regime === 'psr' && { patientChoice: 'no' }),
    mostSuitable: 'no',
    ...overrides,
  };
}

/** decide() that fails the test unless the decision is complete. */
export function decideComplete(answers: Answers, remaining = false): Decision {
  const decision = decide(answers, { remaining });
  if (decision.status !== 'complete') {
    throw new Error(`expected a complete decision, still waiting for "${decision.next}"`);
  }
  return decision;
}

export interface Journey {
  name: string;
  answers: Answers;
  route: string;
  regime: string;
}
