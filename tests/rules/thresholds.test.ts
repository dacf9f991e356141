import {
  THRESHOLD_KINDS,
  isBelowThreshold,
  questionsOnPath,
  thresholdFor,
  thresholdKindFor,
  type ThresholdKind,
} from '../../src/rules';
import { GENERAL_REGIMES, decideComplete, generalJourney, healthJourney, type GeneralRegime } from './builders';

// Figures from legal-facts.md and legal/routes.md §3, §6, §9 (including VAT).
// Every Scottish 2026 figure is at best secondary-source, so each is flagged
// "check"; unverified ones use the lowest plausible figure (spec §5).
const FIGURES: [GeneralRegime, ThresholdKind, number, boolean][] = [
  ['pa2023', 'central', 135_018, true],
  ['pa2023', 'sub-central', 207_720, true],
  ['pa2023', 'light-touch', 663_540, true],
  ['pcr2015', 'central', 139_688, true],
  ['pcr2015', 'sub-central', 214_904, true],
  ['pcr2015', 'light-touch', 663_540, true],
  ['pcsr2015', 'central', 135_018, false],
  ['pcsr2015', 'sub-central', 207_720, false],
  ['pcsr2015', 'light-touch', 663_540, false],
];

/** A complete journey whose only variable is the value and the kind of contract. */
function journeyAt(regime: GeneralRegime, kind: ThresholdKind, value: number) {
  return kind === 'light-touch'
    ? generalJourney(regime, 'light-touch', { contractValue: String(value) })
    : generalJourney(regime, 'other', { authorityType: kind, contractValue: String(value) });
}

/** The kinds the current questions cannot reach yet: checked on thresholdFor alone. */
const NEW_KIND_FIGURES: [GeneralRegime, ThresholdKind, number, boolean][] = [
  ['pa2023', 'works', 5_193_000, true],
  ['pa2023', 'concession', 5_193_000, true],
  ['pa2023', 'light-touch-concession', 5_372_609, true],
  ['pcr2015', 'works', 5_372_609, true],
  ['pcr2015', 'concession', 5_372_609, true],
  ['pcr2015', 'light-touch-concession', 5_372_609, true],
  ['pcsr2015', 'works', 5_193_000, false],
  ['pcsr2015', 'concession', 5_193_000, false],
  ['pcsr2015', 'light-touch-concession', 5_193_000, false],
];

describe('thresholds a lawyer would check', () => {
  it('a £2m works contract is below the works threshold under the Act', () => {
    const kind = thresholdKindFor({ serviceKind: 'works', concession: 'no', authorityType: 'sub-central' });
    expect(kind).toBe('works');
    expect(isBelowThreshold(2_000_000, thresholdFor('pa2023', kind!)!)).toBe(true);
  });

  it('a Welsh council’s £3,500,000 school extension is below the works threshold (scenario)', () => {
    expect(isBelowThreshold(3_500_000, thresholdFor('pa2023', 'works')!)).toBe(true);
  });

  it('a works contract of exactly £5,193,000 is at the works threshold under the Act', () => {
    expect(isBelowThreshold(5_193_000, thresholdFor('pa2023', 'works')!)).toBe(false);
  });

  it('a body unsure whether it is central government uses the central (lower) figure', () => {
    expect(thresholdKindFor({ serviceKind: 'other', authorityType: 'unsure' })).toBe('central');
  });

  it('a community hub run as a concession uses the light touch concession threshold, £5,372,609 under the Act', () => {
    const kind = thresholdKindFor({ serviceKind: 'community', concession: 'yes' });
    expect(kind).toBe('light-touch-concession');
    expect(thresholdFor('pa2023', kind!)?.amount).toBe(5_372_609);
    expect(isBelowThreshold(2_400_000, thresholdFor('pa2023', kind!)!)).toBe(true);
  });

  it('a concession of other services uses the concession threshold, and works concessions are concessions', () => {
    expect(thresholdKindFor({ serviceKind: 'other', concession: 'yes', authorityType: 'central' })).toBe('concession');
    expect(thresholdKindFor({ serviceKind: 'works', concession: 'yes' })).toBe('concession');
  });

  it('an unsure concession answer counts as not a concession', () => {
    expect(thresholdKindFor({ serviceKind: 'social-care', concession: 'unsure' })).toBe('light-touch');
    expect(thresholdKindFor({ serviceKind: 'works', concession: 'unsure' })).toBe('works');
  });

  it('a light touch service uses the light touch threshold whatever the kind of authority', () => {
    expect(thresholdKindFor({ serviceKind: 'education', authorityType: 'central' })).toBe('light-touch');
  });

  it.each(NEW_KIND_FIGURES)('%s %s is £%d (confirmed: %s)', (regime, kind, amount, confirmed) => {
    expect(thresholdFor(regime, kind)).toMatchObject({ kind, amount, confirmed });
  });

  it('no Scottish figure is ever presented as confirmed, and each says to check the current figure', () => {
    for (const kind of THRESHOLD_KINDS) {
      const threshold = thresholdFor('pcsr2015', kind)!;
      expect(threshold.confirmed).toBe(false);
      expect(threshold.basis).toMatch(/check the current figure/);
    }
  });

  it('no Scottish figure is higher than the lowest plausible one (the 2026 figure elsewhere in the UK)', () => {
    for (const kind of THRESHOLD_KINDS) {
      expect(thresholdFor('pcsr2015', kind)!.amount).toBeLessThanOrEqual(thresholdFor('pa2023', kind)!.amount);
    }
  });

  it('every figure under the 2015 Regulations says a procurement begun earlier used the figure then in force', () => {
    for (const kind of THRESHOLD_KINDS) expect(thresholdFor('pcr2015', kind)!.basis).toMatch(/begun before 1 January 2024/);
  });
});

describe('thresholdFor', () => {
  it.each(FIGURES)('%s %s is £%d (confirmed: %s)', (regime, kind, amount, confirmed) => {
    const threshold = thresholdFor(regime, kind);
    expect(threshold).toMatchObject({ kind, amount, confirmed });
    expect(threshold?.source.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
  });

  it.each(THRESHOLD_KINDS)('neither health regime has a %s threshold', (kind) => {
    expect(thresholdFor('psr', kind)).toBeUndefined();
    expect(thresholdFor('psr-wales', kind)).toBeUndefined();
  });
});

describe('isBelowThreshold: a value equal to the threshold is above it', () => {
  it.each(FIGURES)('%s %s £%d', (regime, kind, amount) => {
    const threshold = thresholdFor(regime, kind)!;
    expect(isBelowThreshold(amount - 1, threshold)).toBe(true);
    expect(isBelowThreshold(amount, threshold)).toBe(false);
    expect(isBelowThreshold(amount + 1, threshold)).toBe(false);
  });
});

describe('threshold boundaries through decide()', () => {
  it.each(FIGURES)('%s %s: £%d − £1 is below threshold', (regime, kind, amount) => {
    const decision = decideComplete(journeyAt(regime, kind, amount - 1));
    expect(decision.regime).toBe(regime);
    expect(decision.route).toBe('below-threshold');
    expect(decision.threshold).toMatchObject({ value: amount - 1, threshold: { amount, kind } });
  });

  it.each(FIGURES)('%s %s: exactly £%d is not below threshold, so the journey goes on', (regime, kind, amount) => {
    const decision = decideComplete(journeyAt(regime, kind, amount));
    // Every later gate is closed: a light touch service then lands on light touch, anything else on a competition.
    expect(decision.route).toBe(kind === 'light-touch' ? 'light-touch' : 'competitive-tender');
    expect(decision.trace.find((t) => t.gate === 'threshold')?.outcome).toBe('closed');
  });

  it('£0 is below every threshold', () => {
    for (const regime of GENERAL_REGIMES) {
      expect(decideComplete(journeyAt(regime, 'central', 0)).route).toBe('below-threshold');
    }
  });

  it('a social care contract uses the light-touch threshold, not the authority type', () => {
    // £300,000 is above both services thresholds but below the light-touch one.
    expect(decideComplete(journeyAt('pa2023', 'light-touch', 300_000)).route).toBe('below-threshold');
    expect(decideComplete(journeyAt('pa2023', 'sub-central', 300_000)).route).not.toBe('below-threshold');
  });

  it('the same £210,000 sub-central contract is above threshold under the Act but below it under the 2015 Regulations', () => {
    expect(decideComplete(journeyAt('pa2023', 'sub-central', 210_000)).route).toBe('competitive-tender');
    expect(decideComplete(journeyAt('pcr2015', 'sub-central', 210_000)).route).toBe('below-threshold');
  });

  it.each(FIGURES.filter(([, , , confirmed]) => !confirmed))(
    '%s %s: an unconfirmed figure is flagged and the reason says to check the current one',
    (regime, kind, amount) => {
      for (const value of [amount - 1, amount]) {
        const decision = decideComplete(journeyAt(regime, kind, value));
        expect(decision.threshold?.threshold.confirmed).toBe(false);
        const reason = decision.trace.find((t) => t.gate === 'threshold')!.reason;
        expect(reason).toMatch(/not confirmed/i);
        expect(reason).toMatch(/lowest likely figure/i);
      }
    },
  );

  it.each(FIGURES.filter(([, , , confirmed]) => confirmed))(
    '%s %s: a confirmed figure is stated without a warning',
    (regime, kind, amount) => {
      const reason = decideComplete(journeyAt(regime, kind, amount)).trace.find((t) => t.gate === 'threshold')!.reason;
      expect(reason).not.toMatch(/not confirmed/i);
    },
  );
});

describe.each(['psr', 'psr-wales'] as const)('the health regime %s has no threshold', (regime) => {
  it('never asks the value, the kind of service or the kind of authority', () => {
    const asked = questionsOnPath(healthJourney(regime));
    expect(asked).not.toContain('contractValue');
    expect(asked).not.toContain('serviceKind');
    expect(asked).not.toContain('authorityType');
  });

  it('reaches a decision with no threshold check, and says there is no threshold', () => {
    const decision = decideComplete(healthJourney(regime));
    expect(decision.regime).toBe(regime);
    expect(decision.threshold).toBeUndefined();
    expect(decision.trace.find((t) => t.gate === 'threshold')!.reason).toMatch(/no value threshold/i);
  });
});
