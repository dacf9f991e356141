import { ASKED_WHEN, REGIMES, REGIME_IDS, ROUTES_IN_REGIME, isHealthRegime, questionsOnPath, regimeFor, type Answers, type RegimeId } from '../../src/rules';
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
  ['wales', 'yes', 'yes', 'psr-wales'],
  ['wales', 'yes', 'no', 'psr-wales'],
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
    ['Welsh health care is under the Welsh regime', { nation: 'wales', healthCare: 'yes' }, 'psr-wales'],
    ['a mixed package waits for whether it is mainly health care', { nation: 'wales', healthCare: 'mixed' }, undefined],
    ['a mixed package that is mainly health care, in England', { nation: 'england', healthCare: 'mixed', mixedMainlyHealth: 'yes' }, 'psr'],
    ['a mixed package that is not mainly health care, begun after 24 Feb 2025', { nation: 'wales', healthCare: 'mixed', mixedMainlyHealth: 'no', startedBefore2025: 'no' }, 'pa2023'],
    ['a mixed package, unsure whether mainly health care, begun before', { nation: 'england', healthCare: 'mixed', mixedMainlyHealth: 'unsure', startedBefore2025: 'yes' }, 'pcr2015'],
    ['Northern Ireland has no health regime, whatever is said about health care', { nation: 'northern-ireland', healthCare: 'yes', startedBefore2025: 'no' }, 'pa2023'],
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

describe('the regimes as data (spec §1, §5)', () => {
  it('has a Welsh health regime of its own, linked to WSI 2025/99', () => {
    expect(REGIMES['psr-wales'].name).toBe('Welsh Provider Selection Regime');
    expect(REGIMES['psr-wales'].source.url).toBe('https://www.legislation.gov.uk/wsi/2025/99');
  });

  it('the English regime is described for England only, and names its relevant authorities', () => {
    expect(REGIMES.psr.appliesWhen).toMatch(/in England/);
    expect(REGIMES.psr.appliesWhen).not.toMatch(/Wales/);
    expect(REGIMES.psr.appliesWhen).toMatch(/integrated care board/);
  });

  it('notes that a health procurement begun before each regime started follows the older rules', () => {
    expect(REGIMES.psr.caveat).toMatch(/1 January 2024/);
    expect(REGIMES['psr-wales'].caveat).toMatch(/24 February 2025/);
  });

  it('notes that a UK-wide or reserved body in Scotland follows the Procurement Act', () => {
    expect(REGIMES.pcsr2015.caveat).toMatch(/Procurement Act 2023 .*s\.2\(5\)/);
  });

  it('both health regimes, and only they, are health regimes', () => {
    expect(REGIME_IDS.filter(isHealthRegime)).toEqual(['psr', 'psr-wales']);
  });

  it('in Wales no health route is patient choice, innovation, below threshold, light touch or user choice', () => {
    for (const route of ['patient-choice', 'innovation-partnership', 'below-threshold', 'light-touch', 'user-choice'] as const) {
      expect(ROUTES_IN_REGIME['psr-wales']).not.toContain(route);
    }
  });

  it('neither health regime offers below-threshold, light touch or user choice routes', () => {
    for (const regime of ['psr', 'psr-wales'] as const) {
      for (const route of ['below-threshold', 'light-touch', 'user-choice'] as const) {
        expect(ROUTES_IN_REGIME[regime]).not.toContain(route);
      }
    }
  });
});
