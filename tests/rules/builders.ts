// Hand-built answer sets for the rules tests, following the spec's §2 "asked
// when" column. A journey with everything closed holds only answers on its own
// path; an override that opens an earlier gate can leave a few firm "no"
// answers after it, which never open anything.
import { decide, type Answers, type Decision, type RegimeId } from '../../src/rules';

/**
 * The regimes the current journey can reach. `psr-wales` has its content but
 * regimeFor does not return it until the v2 flow wires it (V2-PLAN.md §C).
 */
export type ReachableRegime = Exclude<RegimeId, 'psr-wales'>;
export const REACHABLE_REGIMES: ReachableRegime[] = ['pa2023', 'pcr2015', 'psr', 'pcsr2015'];

/** Context answers that fix each regime (spec §1). */
export const CONTEXT: Record<ReachableRegime, Answers> = {
  pa2023: { initiator: 'authority', nation: 'england', healthCare: 'no', startedBefore2025: 'no' },
  pcr2015: { initiator: 'authority', nation: 'england', healthCare: 'no', startedBefore2025: 'yes' },
  pcsr2015: { initiator: 'authority', nation: 'scotland' },
  psr: { initiator: 'authority', nation: 'england', healthCare: 'yes' },
};

export type GeneralRegime = Exclude<RegimeId, 'psr' | 'psr-wales'>;
export const GENERAL_REGIMES: GeneralRegime[] = ['pa2023', 'pcr2015', 'pcsr2015'];

/** Gates 3–5 all closed with a firm "no". */
export const LATER_GATES_CLOSED: Answers = { uniqueSupplier: 'no', coInvestment: 'no', innovationNeed: 'no' };

/** The flexible (light-touch) checks, all closed, as asked in each general regime. */
export function lightTouchClosed(regime: GeneralRegime): Answers {
  return {
    ...(regime === 'pa2023' && { userChoice: 'no' }),
    proportionate: 'no',
    willing: 'no',
    transparent: 'no',
    ...(regime !== 'pcsr2015' && { mutual: 'no' }),
  };
}

/**
 * A complete journey under a general regime that reaches an open competition
 * unless `overrides` open a gate. `service` picks a light-touch service
 * (social care) or "other" for a sub-central authority.
 */
export function generalJourney(
  regime: GeneralRegime,
  service: 'light-touch' | 'other',
  overrides: Answers = {},
): Answers {
  const procurement: Answers =
    service === 'light-touch'
      ? { buying: 'yes', serviceKind: 'social-care', contractValue: '5000000', ...lightTouchClosed(regime) }
      : { buying: 'yes', serviceKind: 'other', authorityType: 'sub-central', contractValue: '5000000' };
  return { ...CONTEXT[regime], ...procurement, ...LATER_GATES_CLOSED, ...overrides };
}

/** A complete PSR journey where no gate opens unless `overrides` open one. */
export function psrJourney(overrides: Answers = {}): Answers {
  return {
    ...CONTEXT.psr,
    buying: 'yes',
    existingProvider: 'no',
    patientChoice: 'no',
    mostSuitable: 'no',
    ...LATER_GATES_CLOSED,
    ...overrides,
  };
}

/** decide() that fails the test unless the decision is complete. */
export function decideComplete(answers: Answers): Decision {
  const decision = decide(answers);
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
