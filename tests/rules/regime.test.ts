import { ASKED_WHEN, questionsOnPath, regimeFor, type Answers, type RegimeId } from '../../src/rules';
import { decideComplete } from './builders';

type Nation = 'england' | 'wales' | 'northern-ireland' | 'scotland';
type HealthCare = 'yes' | 'no' | 'unsure';
type Started = 'yes' | 'no';

// Spec §1, written out by hand: every nation × health care × start date.
// Health care is only asked in England and Wales; in Northern Ireland and
// Scotland an answer to it (e.g. from an old link) must make no difference.
const TABLE: [Nation, HealthCare, Started, RegimeId][] = [
  ['england', 'yes', 'yes', 'psr'],
  ['england', 'yes', 'no', 'psr'],
  ['england', 'no', 'yes', 'pcr2015'],
  ['england', 'no', 'no', 'pa2023'],
  ['england', 'unsure', 'yes', 'pcr2015'],
  ['england', 'unsure', 'no', 'pa2023'],
  ['wales', 'yes', 'yes', 'psr'],
  ['wales', 'yes', 'no', 'psr'],
  ['wales', 'no', 'yes', 'pcr2015'],
  ['wales', 'no', 'no', 'pa2023'],
  ['wales', 'unsure', 'yes', 'pcr2015'],
  ['wales', 'unsure', 'no', 'pa2023'],
  ['northern-ireland', 'yes', 'yes', 'pcr2015'],
  ['northern-ireland', 'yes', 'no', 'pa2023'],
  ['northern-ireland', 'no', 'yes', 'pcr2015'],
  ['northern-ireland', 'no', 'no', 'pa2023'],
  ['northern-ireland', 'unsure', 'yes', 'pcr2015'],
  ['northern-ireland', 'unsure', 'no', 'pa2023'],
  ['scotland', 'yes', 'yes', 'pcsr2015'],
  ['scotland', 'yes', 'no', 'pcsr2015'],
  ['scotland', 'no', 'yes', 'pcsr2015'],
  ['scotland', 'no', 'no', 'pcsr2015'],
  ['scotland', 'unsure', 'yes', 'pcsr2015'],
  ['scotland', 'unsure', 'no', 'pcsr2015'],
];

describe('regimeFor (spec §1)', () => {
  it.each(TABLE)('%s, health care %s, started before 2025 %s → %s', (nation, healthCare, startedBefore2025, regime) => {
    expect(regimeFor({ nation, healthCare, startedBefore2025 })).toBe(regime);
  });

  it('is undefined until the nation is known', () => {
    expect(regimeFor({})).toBeUndefined();
    expect(regimeFor({ healthCare: 'no', startedBefore2025: 'no' })).toBeUndefined();
  });

  it.each<[string, Answers, RegimeId | undefined]>([
    ['England, health care not yet answered', { nation: 'england' }, undefined],
    ['Wales, not health care, start date not yet answered', { nation: 'wales', healthCare: 'no' }, undefined],
    ['Northern Ireland, start date not yet answered', { nation: 'northern-ireland' }, undefined],
    ['Scotland needs nothing more', { nation: 'scotland' }, 'pcsr2015'],
    ['England health care needs no start date', { nation: 'england', healthCare: 'yes' }, 'psr'],
  ])('%s', (_name, answers, regime) => {
    expect(regimeFor(answers)).toBe(regime);
  });
});

describe('the context questions that fix the regime', () => {
  it.each<[Nation, boolean]>([
    ['england', true],
    ['wales', true],
    ['northern-ireland', false],
    ['scotland', false],
  ])('asks about health care in %s: %s', (nation, asked) => {
    expect(ASKED_WHEN.healthCare({ nation })).toBe(asked);
    expect(questionsOnPath({ initiator: 'authority', nation }).includes('healthCare')).toBe(asked);
  });

  it.each<[string, Answers, boolean]>([
    ['England, not health care', { nation: 'england', healthCare: 'no' }, true],
    ['England, unsure about health care', { nation: 'england', healthCare: 'unsure' }, true],
    ['England, health care', { nation: 'england', healthCare: 'yes' }, false],
    ['Wales, health care', { nation: 'wales', healthCare: 'yes' }, false],
    ['Northern Ireland', { nation: 'northern-ireland' }, true],
    ['Scotland', { nation: 'scotland' }, false],
  ])('asks whether it began before 24 Feb 2025 — %s: %s', (_name, answers, asked) => {
    expect(questionsOnPath({ initiator: 'authority', ...answers }).includes('startedBefore2025')).toBe(asked);
  });

  it.each(TABLE.filter(([nation, healthCare]) => !(nation !== 'england' && nation !== 'wales' && healthCare !== 'no')))(
    'decide() reports the same regime for a whole journey: %s, health care %s, started before 2025 %s → %s',
    (nation, healthCare, startedBefore2025, regime) => {
      const context: Answers = { initiator: 'authority', nation };
      if (nation === 'england' || nation === 'wales') context.healthCare = healthCare;
      if (nation !== 'scotland' && healthCare !== 'yes') context.startedBefore2025 = startedBefore2025;
      // Nothing is being bought, so the journey ends straight after the context.
      const decision = decideComplete({ ...context, buying: 'no' });
      expect(decision.regime).toBe(regime);
      expect(decision.route).toBe('no-contract');
    },
  );
});
