import {
  GATE_IDS,
  MOST_QUESTIONS,
  mostQuestions,
  QUESTIONS,
  ROUTE_OPENS,
  ROUTES_IN_REGIME,
  decide,
  questionsOnPath,
  regimeFor,
  serialiseAnswers,
  walk,
  type Answers,
  type Decision,
  type QuestionId,
  type RegimeId,
  type RouteId,
} from '../../src/rules';
import {
  ALL_REGIMES,
  CONTEXT,
  GENERAL_REGIMES,
  HEALTH_REGIME_IDS,
  decideComplete,
  generalJourney,
  healthJourney,
  type GeneralRegime,
  type HealthRegime,
} from './builders';

// Spec v2 §5, by hand: the routes each regime offers.
const SPEC_ROUTES: Record<RegimeId, RouteId[]> = {
  pa2023: ['no-contract', 'below-threshold', 'framework-call-off', 'modify-contract', 'user-choice', 'light-touch', 'direct-award', 'co-investment', 'innovation-partnership', 'competitive-tender'],
  pcr2015: ['no-contract', 'below-threshold', 'framework-call-off', 'modify-contract', 'light-touch', 'direct-award', 'co-investment', 'innovation-partnership', 'competitive-tender'],
  pcsr2015: ['no-contract', 'below-threshold', 'framework-call-off', 'modify-contract', 'light-touch', 'direct-award', 'co-investment', 'innovation-partnership', 'competitive-tender'],
  psr: ['no-contract', 'framework-call-off', 'modify-contract', 'existing-provider', 'patient-choice', 'most-suitable-provider', 'direct-award', 'co-investment', 'competitive-tender'],
  'psr-wales': ['no-contract', 'framework-call-off', 'modify-contract', 'existing-provider', 'most-suitable-provider', 'direct-award', 'co-investment', 'competitive-tender'],
};

/** Journeys that answer every question on their path at random (a fixed seed, so every run is the same). */
function randomJourneys(count: number, seed: number): Answers[] {
  // mulberry32: a small, well-mixed 32-bit generator.
  let state = seed >>> 0;
  const pick = (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n | 0;
  };
  const amounts = ['0', '120000', '450000', '700000', '2000000', '5300000', '100000000'];
  return Array.from({ length: count }, () => {
    const answers: Answers = { initiator: 'authority' };
    for (let next = walk(answers).next; next !== undefined; next = walk(answers).next) {
      const question = QUESTIONS[next];
      const values = question.kind === 'money' ? amounts : question.options.map((option) => option.value);
      answers[next] = values[pick(values.length)]!;
    }
    return answers;
  });
}

const isHealth = (regime: RegimeId): regime is HealthRegime => regime === 'psr' || regime === 'psr-wales';

/** Answers that should open each route in a regime (spec §3), built by hand. */
function opening(regime: RegimeId, route: RouteId): Answers {
  if (route === 'no-contract') return { ...CONTEXT[regime], buying: 'no' };
  if (route === 'co-investment') return { ...CONTEXT[regime], buying: 'unsure', coInvestment: 'yes', buysOutputs: 'no' };
  if (route === 'framework-call-off') {
    return { ...CONTEXT[regime], buying: 'yes', arrangement: 'framework', onFramework: 'yes', frameworkDirect: 'yes' };
  }
  const change: Answers = { arrangement: 'change', changeProvided: 'yes' };
  if (route === 'modify-contract') return isHealth(regime) ? healthJourney(regime, change) : generalJourney(regime, 'other', change);
  if (isHealth(regime)) {
    const health: Partial<Record<RouteId, Answers>> = {
      'direct-award': { incumbent: 'yes', onlyCapable: 'yes' },
      'patient-choice': { patientChoice: 'yes' },
      'existing-provider': { incumbent: 'yes', onlyCapable: 'no', incumbentSatisfactory: 'yes' },
      'most-suitable-provider': { mostSuitable: 'yes' },
      'competitive-tender': {},
    };
    return healthJourney(regime, health[route]);
  }
  if (route === 'user-choice') return generalJourney(regime, 'light-touch', { userChoice: 'yes', userPreference: 'yes' });
  if (route === 'light-touch') return generalJourney(regime, 'light-touch', { willing: 'many' });
  const general: Partial<Record<RouteId, Answers>> = {
    'below-threshold': { contractValue: '1000' },
    'direct-award': { uniqueSupplier: 'yes', noAlternative: 'yes' },
    'innovation-partnership': { innovationNeed: 'yes', purchaseAfter: 'yes' },
    'competitive-tender': {},
  };
  return generalJourney(regime, 'other', general[route]);
}

const ROUTE_CASES: [RegimeId, RouteId][] = ALL_REGIMES.flatMap((regime) =>
  SPEC_ROUTES[regime].map((route): [RegimeId, RouteId] => [regime, route]),
);

const gate = (decision: Decision, id: string) => decision.trace.find((t) => t.gate === id)!;
const routeOf = (answers: Answers) => decideComplete(answers).route;

describe('routes in each regime', () => {
  it.each(ALL_REGIMES)('ROUTES_IN_REGIME.%s matches the spec', (regime) => {
    expect([...ROUTES_IN_REGIME[regime]].sort()).toEqual([...SPEC_ROUTES[regime]].sort());
  });

  it.each(ROUTE_CASES)('under %s, decide() can reach %s', (regime, route) => {
    const decision = decideComplete(opening(regime, route));
    expect(decision.regime).toBe(regime);
    expect(decision.route).toBe(route);
  });

  describe('over many complete journeys (seeded random answers to every question on the path)', () => {
    // Every combination of answers is far too many to try; a seeded spread of
    // journeys, each answering every question on its path, reaches every route
    // under every regime (checked below), and amounts either side of every threshold.
    const complete = randomJourneys(20_000, 2026);

    it('never recommends a route outside the regime, and reaches every route the regime offers', () => {
      const seen = new Set<string>();
      const outside: string[] = [];
      for (const answers of complete) {
        const regime = regimeFor(answers)!;
        const route = walk(answers).route!;
        if (!SPEC_ROUTES[regime].includes(route)) outside.push(`${regime}/${route}: ${serialiseAnswers(answers)}`);
        seen.add(`${regime}/${route}`);
      }
      expect(outside.slice(0, 5)).toEqual([]);
      expect([...seen].sort()).toEqual(ROUTE_CASES.map(([regime, route]) => `${regime}/${route}`).sort());
    });

    it('no journey asks more questions than the start page promises, and the longest asks exactly that many', () => {
      const longest = complete.reduce((most, answers) => Math.max(most, questionsOnPath(answers).length), 0);
      expect(longest).toBeLessThanOrEqual(mostQuestions());
      // The longest by hand: a mixed package, unsure about buying, a change to a legacy light
      // touch contract that no ground allows (so it goes on as a new one, under the Act, which
      // asks about user choice), every gate closed late.
      const longestByHand = generalJourney('pcr2015', 'light-touch', {
        healthCare: 'mixed',
        mixedMainlyHealth: 'no',
        buying: 'unsure',
        coInvestment: 'yes',
        buysOutputs: 'yes',
        arrangement: 'change',
        changeProvided: 'no',
        changeSmall: 'no',
        changeUnforeseen: 'unsure',
        userChoice: 'yes',
        userPreference: 'no',
        uniqueSupplier: 'yes',
        noAlternative: 'no',
        innovationNeed: 'yes',
        purchaseAfter: 'yes',
      });
      expect(decide(longestByHand).status).toBe('complete');
      expect(questionsOnPath(longestByHand)).toHaveLength(mostQuestions());
      // The start page shows the figure the build worked out from the same flow.
      expect(MOST_QUESTIONS).toBe(mostQuestions());
    });

    it('in Wales no result ever names Process B, and patients’ choice is never asked', () => {
      const welsh = complete.filter((answers) => regimeFor(answers) === 'psr-wales');
      expect(welsh.length).toBeGreaterThan(10);
      for (const answers of welsh) {
        expect(walk(answers).route).not.toBe('patient-choice');
        expect(questionsOnPath(answers)).not.toContain('patientChoice');
      }
    });

    it('no health journey asks about a unique supplier or developing something new', () => {
      const health = complete.filter((answers) => isHealth(regimeFor(answers)!));
      for (const answers of health) {
        const asked = questionsOnPath(answers);
        for (const question of ['uniqueSupplier', 'noAlternative', 'innovationNeed', 'purchaseAfter', 'serviceKind', 'contractValue'] as const) {
          expect(asked).not.toContain(question);
        }
      }
    });

    it('co-investment is never asked once the person says they are buying', () => {
      for (const answers of complete.filter((a) => a.buying === 'yes')) expect(questionsOnPath(answers)).not.toContain('coInvestment');
    });
  });
});

describe('health care: the order the regulations require (PSR reg 6; Welsh reg 7)', () => {
  it.each(HEALTH_REGIME_IDS)('%s: Direct Award Process A (Wales: 1) is never skipped when only the existing provider is capable, whatever the later answers', (regime) => {
    const everythingElseYes: Answers = { incumbent: 'yes', onlyCapable: 'yes', incumbentSatisfactory: 'yes', mostSuitable: 'yes', patientChoice: 'yes' };
    expect(routeOf(healthJourney(regime, everythingElseYes))).toBe('direct-award');
  });

  it('an existing provider that is the only capable one gets Process A even when patients choose', () => {
    expect(routeOf(healthJourney('psr', { incumbent: 'yes', onlyCapable: 'yes', patientChoice: 'yes' }))).toBe('direct-award');
  });

  it('patients’ choice (Process B) comes before Process C and the Most Suitable Provider Process', () => {
    const answers = healthJourney('psr', { incumbent: 'yes', onlyCapable: 'no', patientChoice: 'yes', incumbentSatisfactory: 'yes', mostSuitable: 'yes' });
    expect(routeOf(answers)).toBe('patient-choice');
    expect(questionsOnPath(answers)).not.toContain('incumbentSatisfactory');
  });

  it.each(HEALTH_REGIME_IDS)('%s: Process C (Wales: 2) comes before the Most Suitable Provider Process', (regime) => {
    expect(routeOf(healthJourney(regime, { incumbent: 'yes', onlyCapable: 'no', incumbentSatisfactory: 'yes', mostSuitable: 'yes' }))).toBe(
      'existing-provider',
    );
  });

  it.each(HEALTH_REGIME_IDS)('%s: a new service (no current provider) is never asked about Process A or C', (regime) => {
    const asked = questionsOnPath(healthJourney(regime));
    expect(asked).not.toContain('onlyCapable');
    expect(asked).not.toContain('incumbentSatisfactory');
    expect(asked).toContain('mostSuitable');
  });

  it.each(HEALTH_REGIME_IDS)('%s: with nothing else, the Competitive Process is required', (regime) => {
    const decision = decideComplete(healthJourney(regime));
    expect(decision.route).toBe('competitive-tender');
    expect(gate(decision, 'competition').reason).toMatch(/requires the Competitive Process/);
  });

  it.each(HEALTH_REGIME_IDS)('%s: a mandatory process leaves nothing else open, even to the remaining-routes check', (regime) => {
    const decision = decideComplete(healthJourney(regime, { incumbent: 'yes', onlyCapable: 'yes' }), true);
    expect(decision.alsoOpen).toEqual([]);
  });

  it.each(HEALTH_REGIME_IDS)('%s: Process C leaves the Most Suitable Provider and Competitive Processes open to choose', (regime) => {
    const decision = decideComplete(healthJourney(regime, { incumbent: 'yes', onlyCapable: 'no', incumbentSatisfactory: 'yes', mostSuitable: 'yes' }), true);
    expect(decision.route).toBe('existing-provider');
    expect(decision.alsoOpen).toEqual(['most-suitable-provider', 'competitive-tender']);
  });

  it('onlyCapable "unsure" is an open question whose "yes" would make Process A the route', () => {
    const decision = decideComplete(healthJourney('psr', { incumbent: 'yes', onlyCapable: 'unsure', incumbentSatisfactory: 'yes' }));
    expect(decision.route).toBe('existing-provider');
    const open = decision.openQuestions.find((q) => q.question === 'onlyCapable');
    expect(open?.outcomes.find((o) => o.value === 'yes')?.routes).toEqual(['direct-award']);
  });
});

describe('which law applies (spec §1)', () => {
  const mixed = (nation: 'england' | 'wales', mixedMainlyHealth: string): Answers => ({
    initiator: 'authority',
    nation,
    healthCare: 'mixed',
    mixedMainlyHealth,
    startedBefore2025: 'no',
  });

  it.each<['england' | 'wales', RegimeId]>([
    ['england', 'psr'],
    ['wales', 'psr-wales'],
  ])('a mixed package that is mainly health care, in %s, is under %s', (nation, regime) => {
    expect(regimeFor(mixed(nation, 'yes'))).toBe(regime);
    expect(questionsOnPath({ ...mixed(nation, 'yes'), buying: 'yes' })).not.toContain('startedBefore2025');
  });

  it('a mixed package that is not mainly health is under the general rules and says the health part may need its own process', () => {
    const answers = { ...generalJourney('pa2023', 'other'), ...mixed('england', 'no') };
    const decision = decideComplete(answers);
    expect(decision.regime).toBe('pa2023');
    expect(gate(decision, 'context').reason).toMatch(/health care part may need to be arranged separately/);
  });

  it.each<['england' | 'wales', 'yes' | 'no', RegimeId, RegimeId]>([
    ['england', 'no', 'pa2023', 'psr'],
    ['england', 'yes', 'pcr2015', 'psr'],
    ['wales', 'no', 'pa2023', 'psr-wales'],
  ])('health care "unsure" in %s, begun before 2025 "%s", uses %s, with an open question that could make it %s', (nation, startedBefore2025, regime, health) => {
    const answers = { ...generalJourney('pa2023', 'other'), nation, healthCare: 'unsure', startedBefore2025 };
    const decision = decideComplete(answers);
    expect(decision.regime).toBe(regime);
    const open = decision.openQuestions.find((q) => q.question === 'healthCare');
    expect(open?.outcomes.find((o) => o.value === 'yes')?.regime).toBe(health);
    expect(gate(decision, 'context').reason).toMatch(/not sure/i);
  });

  it('Northern Ireland and Scotland are never asked about health care', () => {
    expect(questionsOnPath(generalJourney('pcsr2015', 'other'))).not.toContain('healthCare');
    expect(questionsOnPath({ ...generalJourney('pa2023', 'other'), nation: 'northern-ireland', healthCare: undefined })).not.toContain('healthCare');
  });
});

describe('is there a procurement issue? (gate 1)', () => {
  it.each(ALL_REGIMES)('%s: "no" ends the journey on no-contract', (regime) => {
    const decision = decideComplete({ ...CONTEXT[regime], buying: 'no' });
    expect(decision.route).toBe('no-contract');
    expect(decision.asked.at(-1)).toBe('buying');
  });

  it.each(ALL_REGIMES)('%s: co-investment is asked straight after an unsure "buying", before anything about the contract', (regime) => {
    const decision = decideComplete(opening(regime, 'co-investment'));
    expect(decision.route).toBe('co-investment');
    expect(decision.asked.slice(-3)).toEqual(['buying', 'coInvestment', 'buysOutputs']);
  });

  it.each(ALL_REGIMES)('%s: co-investment where the authority also pays for services is a contract, not co-investment', (regime) => {
    const answers = isHealth(regime)
      ? healthJourney(regime, { buying: 'unsure', coInvestment: 'yes', buysOutputs: 'yes' })
      : generalJourney(regime, 'other', { buying: 'unsure', coInvestment: 'yes', buysOutputs: 'yes' });
    expect(routeOf(answers)).toBe('competitive-tender');
  });

  it('an unsure "buying" that is not a joint investment continues as a contract, with an open question whose "no" leads to no contract', () => {
    const sure = decideComplete(generalJourney('pa2023', 'other'));
    const unsure = decideComplete(generalJourney('pa2023', 'other', { buying: 'unsure', coInvestment: 'no' }));
    expect(unsure.route).toBe(sure.route);
    expect(unsure.openQuestions.find((q) => q.question === 'buying')?.outcomes.find((o) => o.value === 'no')?.routes).toContain('no-contract');
  });
});

describe('the contract and its threshold', () => {
  it('a £2m works contract is below the works threshold', () => {
    const decision = decideComplete(generalJourney('pa2023', 'other', { serviceKind: 'works', contractValue: '2000000' }));
    expect(decision.route).toBe('below-threshold');
    expect(decision.threshold?.threshold.kind).toBe('works');
    expect(gate(decision, 'threshold').reason).toContain('£5,193,000');
  });

  it('£2m of other services is above the services threshold, not compared with the works one', () => {
    expect(routeOf(generalJourney('pa2023', 'other', { contractValue: '2000000' }))).toBe('competitive-tender');
  });

  it('a £2m community-asset concession under the Act is below the light touch concession threshold, outside Part 6', () => {
    const decision = decideComplete(generalJourney('pa2023', 'light-touch', { serviceKind: 'community', concession: 'yes', contractValue: '2000000' }));
    expect(decision.route).toBe('below-threshold');
    expect(decision.threshold?.threshold.kind).toBe('light-touch-concession');
    expect(gate(decision, 'threshold').reason).toMatch(/do not apply to it at all \(s\.84\(1\)\(b\)\)/);
  });

  it('a body unsure whether it is central government is judged against the lower central threshold', () => {
    const decision = decideComplete(generalJourney('pa2023', 'other', { authorityType: 'unsure', contractValue: '150000' }));
    expect(decision.route).toBe('competitive-tender');
    expect(decision.threshold?.threshold.kind).toBe('central');
    expect(gate(decision, 'threshold').reason).toMatch(/not sure whether your body is on the central government list/);
  });

  it.each(GENERAL_REGIMES)('%s: below threshold ends the journey; no flexible, unique or innovation question is asked', (regime) => {
    const answers = generalJourney(regime, 'light-touch', { contractValue: '450000' });
    const decision = decideComplete(answers);
    expect(decision.route).toBe('below-threshold');
    // In Scotland a contract from £50,000 may still be reserved for supported businesses (Reform Act s.11).
    expect(decision.asked.at(-1)).toBe(regime === 'pcsr2015' ? 'supportedEmployment' : 'contractValue');
  });

  it('a £450,000 community service is below the £663,540 light touch threshold, and the remaining check never lists light touch', () => {
    const answers = generalJourney('pa2023', 'light-touch', { serviceKind: 'community', contractValue: '450000', willing: 'few' });
    const decision = decideComplete(answers, true);
    expect(decision.route).toBe('below-threshold');
    expect(decision.alsoOpen).not.toContain('light-touch');
    expect(ROUTE_OPENS['light-touch'](answers)).toBe(false);
  });
});

describe('flexible processes under the general rules (gate 2)', () => {
  it.each(GENERAL_REGIMES)('%s: a light touch service that only this partner could deliver, with no exclusive rights, lands on light touch, not a competition', (regime) => {
    const decision = decideComplete(generalJourney(regime, 'light-touch'));
    expect(decision.route).toBe('light-touch');
    expect(gate(decision, 'competition')).toMatchObject({ outcome: 'opened', route: 'light-touch' });
    expect(decision.options).toEqual(['open-competition']);
  });

  it.each<[GeneralRegime, 'proportionate' | 'transparent', 'no' | 'unsure']>([
    ['pa2023', 'proportionate', 'no'],
    ['pcr2015', 'proportionate', 'unsure'],
    ['pcsr2015', 'transparent', 'no'],
    ['pa2023', 'transparent', 'unsure'],
  ])('%s: %s "%s" keeps light touch and adds a warning, never a different route', (regime, question, value) => {
    const decision = decideComplete(generalJourney(regime, 'light-touch', { willing: 'many', [question]: value }));
    expect(decision.route).toBe('light-touch');
    expect(decision.warnings).toContain(question === 'proportionate' ? 'proportion' : 'equal-treatment');
  });

  it('user choice needs the person’s stated preference as well: a block contract or no preference is not user choice', () => {
    expect(routeOf(generalJourney('pa2023', 'light-touch', { userChoice: 'yes', userPreference: 'yes' }))).toBe('user-choice');
    expect(routeOf(generalJourney('pa2023', 'light-touch', { userChoice: 'yes', userPreference: 'unsure', willing: 'many' }))).toBe('light-touch');
    expect(routeOf(generalJourney('pa2023', 'light-touch', { userChoice: 'no', willing: 'many' }))).toBe('light-touch');
  });

  it('only the Act asks about one particular person’s choice of provider', () => {
    expect(questionsOnPath(generalJourney('pa2023', 'light-touch'))).toContain('userChoice');
    expect(questionsOnPath(generalJourney('pcr2015', 'light-touch'))).not.toContain('userChoice');
    expect(questionsOnPath(generalJourney('pcsr2015', 'light-touch'))).not.toContain('userChoice');
  });

  it.each(GENERAL_REGIMES)('%s asks about the reserved-contract test, and a qualifying partner adds the reservation, never a direct award', (regime) => {
    const decision = decideComplete(generalJourney(regime, 'light-touch', { willing: 'few', mutual: 'yes' }));
    expect(decision.route).toBe('light-touch');
    expect([...decision.options].sort()).toEqual(['mutual-reservation', 'targeted-engagement']);
  });

  it.each<[Answers, string[]]>([
    [{ willing: 'few' }, ['targeted-engagement']],
    [{ willing: 'many' }, ['open-competition']],
    [{ willing: 'unsure' }, ['open-competition']],
    [{ willing: 'many', mutual: 'unsure' }, ['open-competition']],
  ])('light touch with %o → %o', (extra, options) => {
    expect(decideComplete(generalJourney('pa2023', 'light-touch', extra)).options).toEqual(options);
  });

  it('only this partner could deliver, with exclusive rights checked: a direct award', () => {
    expect(routeOf(generalJourney('pa2023', 'light-touch', { uniqueSupplier: 'yes', noAlternative: 'yes' }))).toBe('direct-award');
  });

  it('other routes have no options unless a call-off or a change picks one, or a reservation applies', () => {
    const shaped: RouteId[] = ['light-touch', 'framework-call-off', 'modify-contract'];
    for (const [regime, route] of ROUTE_CASES.filter(([, r]) => !shaped.includes(r))) {
      expect(decideComplete(opening(regime, route)).options).toEqual([]);
    }
  });
});

describe('unique partner and innovation (gates 3 and 5)', () => {
  it.each(GENERAL_REGIMES)('%s: a unique supplier beats innovation', (regime) => {
    expect(routeOf(generalJourney(regime, 'other', { uniqueSupplier: 'yes', noAlternative: 'yes', innovationNeed: 'yes', purchaseAfter: 'yes' }))).toBe(
      'direct-award',
    );
  });

  it('a unique supplier with a reasonable alternative is not a direct award', () => {
    expect(routeOf(generalJourney('pa2023', 'other', { uniqueSupplier: 'yes', noAlternative: 'no' }))).toBe('competitive-tender');
  });

  it.each(GENERAL_REGIMES)('%s: innovation opens on the need alone — a prototype to develop and test only is still innovation', (regime) => {
    const decision = decideComplete(generalJourney(regime, 'other', { innovationNeed: 'yes', purchaseAfter: 'no' }));
    expect(decision.route).toBe('innovation-partnership');
    expect(gate(decision, 'innovation').reason).toMatch(/developed and tested/);
  });
});

describe('"unsure" never counts as yes', () => {
  it.each<[QuestionId, Answers, RouteId]>([
    ['uniqueSupplier', { uniqueSupplier: 'unsure' }, 'direct-award'],
    ['innovationNeed', { innovationNeed: 'unsure' }, 'innovation-partnership'],
  ])('%s unsure does not open its gate, skips its follow-up, and becomes an open question', (question, unsure, route) => {
    const decision = decideComplete(generalJourney('pa2023', 'other', unsure));
    expect(decision.route).toBe('competitive-tender');
    const open = decision.openQuestions.find((q) => q.question === question);
    expect(open!.resolve.trim()).not.toBe('');
    expect(open!.outcomes.find((o) => o.value === 'yes')?.routes).toContain(route);
    expect(open!.outcomes.map((o) => o.value)).not.toContain('unsure');
  });

  it('co-investment unsure is not co-investment, and says what "yes" could open', () => {
    const decision = decideComplete(generalJourney('pa2023', 'other', { buying: 'unsure', coInvestment: 'unsure' }));
    expect(decision.route).toBe('competitive-tender');
    expect(decision.openQuestions.find((q) => q.question === 'coInvestment')?.outcomes.find((o) => o.value === 'yes')?.routes).toContain('co-investment');
  });

  it.each(HEALTH_REGIME_IDS)('%s: mostSuitable unsure is not the Most Suitable Provider Process', (regime) => {
    const decision = decideComplete(healthJourney(regime, { mostSuitable: 'unsure' }));
    expect(decision.route).toBe('competitive-tender');
    expect(decision.openQuestions.find((q) => q.question === 'mostSuitable')?.outcomes.find((o) => o.value === 'yes')?.routes).toContain(
      'most-suitable-provider',
    );
  });

  it('a journey with no "unsure" answer has no open questions', () => {
    for (const [regime, route] of ROUTE_CASES.filter(([, r]) => r !== 'co-investment')) {
      expect(decideComplete(opening(regime, route)).openQuestions).toEqual([]);
    }
  });
});

describe('warnings: duties whatever the route (spec §4)', () => {
  it('a partnership the social enterprise proposed carries the market-engagement safeguards under the Act', () => {
    const decision = decideComplete(generalJourney('pa2023', 'other', { initiator: 'social-enterprise', uniqueSupplier: 'yes', noAlternative: 'yes' }));
    expect(decision.warnings).toEqual(['market-engagement']);
    expect(decideComplete(generalJourney('pa2023', 'other', { uniqueSupplier: 'yes', noAlternative: 'yes' })).warnings).toEqual([]);
  });

  it('nothing to procure carries no procurement warning', () => {
    expect(decideComplete({ ...CONTEXT.pa2023, initiator: 'social-enterprise', buying: 'no' }).warnings).toEqual([]);
  });
});

describe('initiator tailors next steps but never changes the route or regime', () => {
  it.each(ROUTE_CASES)('%s / %s', (regime, route) => {
    const answers = opening(regime, route);
    const byAuthority = decideComplete({ ...answers, initiator: 'authority' });
    const bySocialEnterprise = decideComplete({ ...answers, initiator: 'social-enterprise' });
    expect(bySocialEnterprise.route).toBe(byAuthority.route);
    expect(bySocialEnterprise.regime).toBe(byAuthority.regime);
    expect(bySocialEnterprise.asked).toEqual(byAuthority.asked);
  });
});

describe('trace', () => {
  const adultSocialCare = generalJourney('pa2023', 'light-touch', { contractValue: '950000', willing: 'few' });

  it('has one entry per gate, in the spec’s order', () => {
    for (const [regime, route] of ROUTE_CASES) {
      expect(decideComplete(opening(regime, route)).trace.map((t) => t.gate)).toEqual([...GATE_IDS]);
    }
  });

  it.each(ROUTE_CASES)('%s / %s: exactly one gate opens, with the route; every gate after it is not reached', (regime, route) => {
    const { trace } = decideComplete(opening(regime, route));
    const opened = trace.filter((t) => t.outcome === 'opened');
    expect(opened).toHaveLength(1);
    expect(opened[0]!.route).toBe(route);
    const at = trace.indexOf(opened[0]!);
    expect(trace.slice(at + 1).every((t) => t.outcome === 'not-reached')).toBe(true);
    expect(trace[0]!.outcome).toBe('settled');
    expect(trace.slice(1, at).every((t) => t.outcome === 'closed' || t.outcome === 'not-asked')).toBe(true);
    for (const t of trace) expect(t.reason.trim()).not.toBe('');
  });

  it('mentions the user’s own figure and the threshold it was compared with', () => {
    const decision = decideComplete(adultSocialCare);
    const threshold = gate(decision, 'threshold');
    expect(threshold.outcome).toBe('closed');
    expect(threshold.reason).toContain('£950,000');
    expect(threshold.reason).toContain('£663,540');
    expect(threshold.reason).toMatch(/above/);
    expect(gate(decision, 'flexible')).toMatchObject({ outcome: 'opened', route: 'light-touch' });
    for (const later of ['unique', 'innovation', 'competition']) expect(gate(decision, later).outcome).toBe('not-reached');
  });

  it('says a small contract is below the threshold, in pounds', () => {
    const decision = decideComplete(generalJourney('pcr2015', 'other', { authorityType: 'central', contractValue: '120000' }));
    expect(gate(decision, 'threshold')).toMatchObject({ outcome: 'opened', route: 'below-threshold' });
    expect(gate(decision, 'threshold').reason).toContain('£120,000');
    expect(gate(decision, 'threshold').reason).toContain('£139,688');
  });

  it('lists the answers that decided each gate, as the person read them', () => {
    const decision = decideComplete(adultSocialCare);
    expect(gate(decision, 'threshold').answers).toContainEqual({ question: 'contractValue', value: '950000', label: '£950,000' });
    expect(gate(decision, 'flexible').answers.map((a) => a.question)).toEqual(['userChoice', 'proportionate', 'willing', 'transparent', 'mutual']);
    expect(gate(decision, 'context').answers.find((a) => a.question === 'nation')?.label).toBe('England');
  });

  it('marks gates that do not apply as "not asked", with the reason', () => {
    const other = decideComplete(generalJourney('pa2023', 'other'));
    expect(gate(other, 'coInvestment').outcome).toBe('not-asked');
    expect(gate(other, 'flexible').outcome).toBe('not-asked');
    expect(gate(other, 'competition')).toMatchObject({ outcome: 'opened', route: 'competitive-tender' });
    const health = decideComplete(healthJourney('psr-wales'));
    for (const id of ['threshold', 'unique', 'innovation']) expect(gate(health, id).outcome).toBe('not-asked');
    expect(gate(health, 'unique').reason).toMatch(/health regimes/);
  });
});

describe('pending: incomplete answers give the next question', () => {
  const pa = CONTEXT.pa2023;
  it.each<[string, Answers, QuestionId]>([
    ['nothing answered', {}, 'initiator'],
    ['only the initiator', { initiator: 'authority' }, 'nation'],
    ['England', { initiator: 'authority', nation: 'england' }, 'healthCare'],
    ['a mixed package', { initiator: 'authority', nation: 'wales', healthCare: 'mixed' }, 'mixedMainlyHealth'],
    ['Wales, unsure about health care', { initiator: 'authority', nation: 'wales', healthCare: 'unsure' }, 'startedBefore2025'],
    ['Northern Ireland', { initiator: 'authority', nation: 'northern-ireland' }, 'startedBefore2025'],
    ['Scotland', { initiator: 'authority', nation: 'scotland' }, 'buying'],
    ['England health care', { initiator: 'authority', nation: 'england', healthCare: 'yes' }, 'buying'],
    ['health, buying', { ...CONTEXT.psr, buying: 'yes' }, 'arrangement'],
    ['health, a new contract', { ...CONTEXT.psr, buying: 'yes', arrangement: 'new' }, 'incumbent'],
    ['health, a change', { ...CONTEXT.psr, buying: 'yes', arrangement: 'change' }, 'changeProvided'],
    ['health, a current provider', { ...CONTEXT.psr, buying: 'yes', arrangement: 'new', incumbent: 'yes' }, 'onlyCapable'],
    ['England health, no current provider', { ...CONTEXT.psr, buying: 'yes', arrangement: 'new', incumbent: 'no' }, 'patientChoice'],
    ['Welsh health, no current provider', { ...CONTEXT['psr-wales'], buying: 'yes', arrangement: 'new', incumbent: 'no' }, 'mostSuitable'],
    ['Act, buying', { ...pa, buying: 'yes' }, 'arrangement'],
    ['Act, a new contract', { ...pa, buying: 'yes', arrangement: 'new' }, 'serviceKind'],
    ['Act, a call-off', { ...pa, buying: 'yes', arrangement: 'framework' }, 'onFramework'],
    ['Act, on a framework', { ...pa, buying: 'yes', arrangement: 'framework', onFramework: 'yes' }, 'frameworkDirect'],
    ['Act, not on a framework', { ...pa, buying: 'yes', arrangement: 'framework', onFramework: 'no' }, 'serviceKind'],
    ['Act, a change: the contract first', { ...pa, buying: 'yes', arrangement: 'change' }, 'serviceKind'],
    ['Act, buying unsure', { ...pa, buying: 'unsure' }, 'coInvestment'],
    ['Act, other services', { ...pa, buying: 'yes', arrangement: 'new', serviceKind: 'other' }, 'concession'],
    ['Act, works', { ...pa, buying: 'yes', arrangement: 'new', serviceKind: 'works', concession: 'no' }, 'authorityType'],
    ['Act, social care above threshold', { ...pa, buying: 'yes', arrangement: 'new', serviceKind: 'social-care', concession: 'no', authorityType: 'sub-central', contractValue: '900000' }, 'supportedEmployment'],
    ['Act, social care above threshold, reservation answered', { ...pa, buying: 'yes', arrangement: 'new', serviceKind: 'social-care', concession: 'no', authorityType: 'sub-central', contractValue: '900000', supportedEmployment: 'no' }, 'userChoice'],
    ['2015 Regulations, education above threshold', { ...CONTEXT.pcr2015, buying: 'yes', arrangement: 'new', serviceKind: 'education', concession: 'no', authorityType: 'sub-central', contractValue: '900000', supportedEmployment: 'no' }, 'proportionate'],
    ['unique supplier yes', generalJourney('pa2023', 'other', { uniqueSupplier: 'yes' }), 'noAlternative'],
    ['innovation yes', generalJourney('pa2023', 'other', { innovationNeed: 'yes' }), 'purchaseAfter'],
    ['a gap early on, later answers given', generalJourney('pa2023', 'other', { serviceKind: undefined }), 'serviceKind'],
    ['value missing, later answers given', generalJourney('pcsr2015', 'other', { contractValue: undefined }), 'contractValue'],
  ])('%s → asks %s', (_name, answers, next) => {
    expect(decide(answers)).toMatchObject({ status: 'pending', next });
  });

  it('reports the regime once it is known, and not before', () => {
    expect(decide({ initiator: 'authority', nation: 'england' })).not.toHaveProperty('regime');
    expect(decide({ initiator: 'authority', nation: 'scotland' })).toMatchObject({ status: 'pending', regime: 'pcsr2015' });
  });
});

describe('checking the remaining routes too', () => {
  /** A light touch journey checked on through every later gate; the unique partner gate opens too. */
  const checked = (innovationNeed: 'yes' | 'no') =>
    generalJourney('pa2023', 'light-touch', {
      willing: 'many',
      uniqueSupplier: 'yes',
      noAlternative: 'yes',
      innovationNeed,
      ...(innovationNeed === 'yes' && { purchaseAfter: 'yes' }),
    });

  it('keeps the first route as the recommendation and lists the later ones that are open, each once', () => {
    const decision = decideComplete(checked('yes'), true);
    expect(decision.route).toBe('light-touch');
    expect(decision.alsoOpen).toEqual(['direct-award', 'innovation-partnership']);
    // Without the option, the later answers are not part of the decision.
    expect(decideComplete(checked('yes')).alsoOpen).toEqual([]);
  });

  it('"Why this route" shows every gate the person answered in the check as open or closed, with their answers', () => {
    const decision = decideComplete(checked('no'), true);
    const outcomes = Object.fromEntries(decision.trace.map((entry) => [entry.gate, entry.outcome]));
    expect(outcomes).toEqual({
      context: 'settled',
      procurement: 'closed',
      coInvestment: 'not-asked',
      threshold: 'closed',
      existing: 'closed',
      flexible: 'opened',
      unique: 'also-open',
      innovation: 'closed',
      competition: 'not-reached',
    });
    expect(gate(decision, 'unique')).toMatchObject({ verdict: 'Also open', route: 'direct-award' });
    expect(gate(decision, 'innovation').answers.map((given) => given.question)).toEqual(['innovationNeed']);
  });

  it('lists nothing else when there is no contract, or the contract is below threshold', () => {
    expect(decideComplete({ ...CONTEXT.pa2023, buying: 'no' }, true)).toMatchObject({ route: 'no-contract', alsoOpen: [] });
    expect(decideComplete(generalJourney('pa2023', 'other', { contractValue: '1000' }), true)).toMatchObject({ route: 'below-threshold', alsoOpen: [] });
  });
});

describe('stray answers to every question off the path change nothing', () => {
  it.each(ROUTE_CASES.flatMap(([regime, route]) => (['yes', 'no'] as const).map((stray): [RegimeId, RouteId, string] => [regime, route, stray])))(
    '%s / %s, every off-path question answered "%s"',
    (regime, route, stray) => {
      const answers = opening(regime, route);
      const onPath = new Set(questionsOnPath(answers));
      const strays: Answers = {};
      for (const [id, question] of Object.entries(QUESTIONS) as [QuestionId, (typeof QUESTIONS)[QuestionId]][]) {
        if (onPath.has(id) || question.kind !== 'choice') continue;
        if (question.options.some((o) => o.value === stray)) strays[id] = stray;
      }
      expect(Object.keys(strays).length).toBeGreaterThan(0);
      const clean = decideComplete(answers);
      const messy = decideComplete({ ...answers, ...strays });
      expect({ route: messy.route, regime: messy.regime, asked: messy.asked, options: messy.options }).toEqual({
        route: clean.route,
        regime: clean.regime,
        asked: clean.asked,
        options: clean.options,
      });
      expect(messy.route).toBe(route);
    },
  );
});

describe('ROUTE_OPENS: every route holds all of its conditions', () => {
  const above = { serviceKind: 'social-care', concession: 'no', authorityType: 'sub-central', contractValue: '900000' };
  it.each<[string, Answers, RouteId, boolean]>([
    ['Act, social care above threshold, others could deliver', { ...CONTEXT.pa2023, ...above, willing: 'few' }, 'light-touch', true],
    ['Act, social care above threshold, only this partner', { ...CONTEXT.pa2023, ...above, willing: 'none' }, 'light-touch', false],
    ['Act, social care below threshold', { ...CONTEXT.pa2023, ...above, contractValue: '450000', willing: 'few' }, 'light-touch', false],
    ['Act, other services', { ...CONTEXT.pa2023, ...above, serviceKind: 'other', willing: 'few' }, 'light-touch', false],
    ['England health care', { ...CONTEXT.psr, ...above, willing: 'few' }, 'light-touch', false],
    ['Act, a person’s choice and preference', { ...CONTEXT.pa2023, ...above, userChoice: 'yes', userPreference: 'yes' }, 'user-choice', true],
    ['Act, a person’s choice without a stated preference', { ...CONTEXT.pa2023, ...above, userChoice: 'yes' }, 'user-choice', false],
    ['2015 Regulations, a person’s choice', { ...CONTEXT.pcr2015, ...above, userChoice: 'yes', userPreference: 'yes' }, 'user-choice', false],
    ['Scotland, a satisfactory current provider', { ...CONTEXT.pcsr2015, incumbent: 'yes', incumbentSatisfactory: 'yes' }, 'existing-provider', false],
    ['Wales, patients choose', { ...CONTEXT['psr-wales'], patientChoice: 'yes' }, 'patient-choice', false],
    ['unique supplier unsure', { ...CONTEXT.pa2023, uniqueSupplier: 'unsure', noAlternative: 'yes' }, 'direct-award', false],
    ['co-investment after a firm yes to buying', { ...CONTEXT.pa2023, buying: 'yes', coInvestment: 'yes', buysOutputs: 'no' }, 'co-investment', false],
  ])('%s → %s opens: %s', (_name, answers, route, opens) => {
    expect(ROUTE_OPENS[route](answers)).toBe(opens);
  });
});

describe('reasons name the place as the person chose it', () => {
  it('says "Northern Ireland", not a re-cased label', () => {
    const northernIreland = decide({ ...generalJourney('pa2023', 'other'), nation: 'northern-ireland', healthCare: undefined });
    expect(northernIreland.status === 'complete' && northernIreland.trace[0]!.reason).toContain('in Northern Ireland and');
  });
});
