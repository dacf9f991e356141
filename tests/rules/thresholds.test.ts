import { isBelowThreshold, questionsOnPath, thresholdFor, type ThresholdKind } from '../../src/rules';
import { GENERAL_REGIMES, decideComplete, generalJourney, psrJourney, type GeneralRegime } from './builders';

// Figures from legal-facts.md (including VAT). Scotland's light-touch and
// sub-central figures for 2026 are not verified: the rules use the last
// confirmed figure and must flag it as unconfirmed.
const FIGURES: [GeneralRegime, ThresholdKind, number, boolean][] = [
  ['pa2023', 'central', 135_018, true],
  ['pa2023', 'sub-central', 207_720, true],
  ['pa2023', 'light-touch', 663_540, true],
  ['pcr2015', 'central', 139_688, true],
  ['pcr2015', 'sub-central', 214_904, true],
  ['pcr2015', 'light-touch', 663_540, true],
  ['pcsr2015', 'central', 135_018, true],
  ['pcsr2015', 'sub-central', 207_720, false],
  ['pcsr2015', 'light-touch', 663_540, false],
];

/** A complete journey whose only variable is the value and the kind of contract. */
function journeyAt(regime: GeneralRegime, kind: ThresholdKind, value: number) {
  return kind === 'light-touch'
    ? generalJourney(regime, 'light-touch', { contractValue: String(value) })
    : generalJourney(regime, 'other', { authorityType: kind, contractValue: String(value) });
}

describe('thresholdFor', () => {
  it.each(FIGURES)('%s %s is £%d (confirmed: %s)', (regime, kind, amount, confirmed) => {
    const threshold = thresholdFor(regime, kind);
    expect(threshold).toMatchObject({ kind, amount, confirmed });
    expect(threshold?.source.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
  });

  it.each<ThresholdKind>(['light-touch', 'central', 'sub-central'])('the Provider Selection Regime has no %s threshold', (kind) => {
    expect(thresholdFor('psr', kind)).toBeUndefined();
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
    expect(decision.route).not.toBe('below-threshold');
    expect(decision.route).toBe('competitive-tender');
    expect(decision.trace.find((t) => t.gate === 'procurement')?.outcome).toBe('closed');
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
        const reason = decision.trace.find((t) => t.gate === 'procurement')!.reason;
        expect(reason).toMatch(/not confirmed/i);
        expect(reason).toMatch(/check the current/i);
      }
    },
  );

  it.each(FIGURES.filter(([, , , confirmed]) => confirmed))(
    '%s %s: a confirmed figure is stated without a warning',
    (regime, kind, amount) => {
      const reason = decideComplete(journeyAt(regime, kind, amount)).trace.find((t) => t.gate === 'procurement')!.reason;
      expect(reason).not.toMatch(/not confirmed/i);
    },
  );
});

describe('the Provider Selection Regime has no threshold', () => {
  it('never asks the value, the kind of service or the kind of authority', () => {
    const asked = questionsOnPath(psrJourney());
    expect(asked).not.toContain('contractValue');
    expect(asked).not.toContain('serviceKind');
    expect(asked).not.toContain('authorityType');
  });

  it('reaches a decision with no threshold check, and says there is no threshold', () => {
    const decision = decideComplete(psrJourney());
    expect(decision.regime).toBe('psr');
    expect(decision.threshold).toBeUndefined();
    expect(decision.trace.find((t) => t.gate === 'procurement')!.reason).toMatch(/no value threshold/i);
  });
});
