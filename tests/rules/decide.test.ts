import {
  GATE_IDS,
  mostQuestions,
  QUESTIONS,
  REGIME_IDS,
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
  CONTEXT,
  GENERAL_REGIMES,
  decideComplete,
  generalJourney,
  psrJourney,
  REACHABLE_REGIMES,
  type GeneralRegime,
  type ReachableRegime,
} from './builders';

// Spec §5, by hand: the routes each regime offers.
const SPEC_ROUTES: Record<RegimeId, RouteId[]> = {
  pa2023: ['no-contract', 'below-threshold', 'user-choice', 'light-touch', 'direct-award', 'co-investment', 'innovation-partnership', 'competitive-tender'],
  pcr2015: ['no-contract', 'below-threshold', 'light-touch', 'direct-award', 'co-investment', 'innovation-partnership', 'competitive-tender'],
  pcsr2015: ['no-contract', 'below-threshold', 'light-touch', 'direct-award', 'co-investment', 'innovation-partnership', 'competitive-tender'],
  // Spec §5 has no innovation route in health; it stays under psr while the current journey still reaches it (V2-PLAN.md §C).
  psr: ['no-contract', 'existing-provider', 'patient-choice', 'most-suitable-provider', 'direct-award', 'co-investment', 'innovation-partnership', 'competitive-tender'],
  'psr-wales': ['no-contract', 'existing-provider', 'most-suitable-provider', 'direct-award', 'co-investment', 'competitive-tender'],
};

/** Answers that should open each route in a regime (spec §3), built by hand. */
function opening(regime: ReachableRegime, route: RouteId): Answers {
  if (route === 'no-contract') return { ...CONTEXT[regime], buying: 'no' };
  if (regime === 'psr') {
    const psr: Partial<Record<RouteId, Answers>> = {
      'existing-provider': { existingProvider: 'yes' },
      'patient-choice': { patientChoice: 'yes' },
      'most-suitable-provider': { mostSuitable: 'yes' },
      'direct-award': { uniqueSupplier: 'yes', noAlternative: 'yes' },
      'co-investment': { coInvestment: 'yes', buysOutputs: 'no' },
      'innovation-partnership': { innovationNeed: 'yes', purchaseAfter: 'yes' },
      'competitive-tender': {},
    };
    return psrJourney(psr[route]);
  }
  const general: Partial<Record<RouteId, Answers>> = {
    'below-threshold': { contractValue: '1000' },
    'direct-award': { uniqueSupplier: 'yes', noAlternative: 'yes' },
    'co-investment': { coInvestment: 'yes', buysOutputs: 'no' },
    'innovation-partnership': { innovationNeed: 'yes', purchaseAfter: 'yes' },
    'competitive-tender': {},
  };
  if (route === 'user-choice') return generalJourney(regime, 'light-touch', { userChoice: 'yes' });
  if (route === 'light-touch') return generalJourney(regime, 'light-touch', { proportionate: 'yes', transparent: 'yes' });
  return generalJourney(regime, 'other', general[route]);
}

// decide() cannot reach psr-wales until the v2 flow wires it (V2-PLAN.md §C).
const ROUTE_CASES: [ReachableRegime, RouteId][] = REACHABLE_REGIMES.flatMap((regime) =>
  SPEC_ROUTES[regime].map((route): [ReachableRegime, RouteId] => [regime, route]),
);

const gate = (decision: Decision, id: string) => decision.trace.find((t) => t.gate === id)!;

describe('routes in each regime', () => {
  it.each(REGIME_IDS)('ROUTES_IN_REGIME.%s matches the spec', (regime) => {
    expect([...ROUTES_IN_REGIME[regime]].sort()).toEqual([...SPEC_ROUTES[regime]].sort());
  });

  it.each(ROUTE_CASES)('under %s, decide() can reach %s', (regime, route) => {
    const decision = decideComplete(opening(regime, route));
    expect(decision.regime).toBe(regime);
    expect(decision.route).toBe(route);
  });

  describe('over every complete journey (each answer to each question on the path)', () => {
    // Enumerate every path the journey can take, trying every option; money is
    // tried below and above every threshold. Initiator is fixed (it never
    // changes the route: tested separately).
    const complete: Answers[] = [];
    const explore = (answers: Answers): void => {
      const state = walk(answers);
      if (state.next === undefined) {
        complete.push(answers);
        return;
      }
      const question = QUESTIONS[state.next];
      const values =
        state.next === 'initiator' ? ['authority'] : question.kind === 'money' ? ['100000', '700000'] : question.options.map((o) => o.value);
      for (const value of values) explore({ ...answers, [state.next]: value });
    };
    explore({});

    it('never recommends a route outside the regime, and reaches every route the regime offers', { timeout: 60_000 }, () => {
      const seen = new Set<string>();
      const outside: string[] = [];
      for (const answers of complete) {
        const regime = regimeFor(answers)!;
        const { route } = walk(answers);
        const pair = `${regime}/${route}`;
        if (!SPEC_ROUTES[regime].includes(route!)) outside.push(`${pair}: ${serialiseAnswers(answers)}`);
        seen.add(pair);
      }
      expect(outside.slice(0, 5)).toEqual([]);
      expect([...seen].sort()).toEqual(ROUTE_CASES.map(([regime, route]) => `${regime}/${route}`).sort());
    });

    it('the longest journey asks exactly as many questions as the start page promises', () => {
      const longest = complete.reduce((most, answers) => Math.max(most, walk(answers).asked.length), 0);
      expect(longest).toBe(mostQuestions());
    });

    it('decide() agrees: a complete decision, in a route of its regime, for a spread of journeys', { timeout: 60_000 }, () => {
      const sample = complete.filter((answers, i) => i % 97 === 0 || !Object.values(answers).includes('unsure'));
      expect(sample.length).toBeGreaterThan(1000);
      for (const answers of sample) {
        const decision = decideComplete(answers);
        expect(ROUTES_IN_REGIME[decision.regime]).toContain(decision.route);
        expect(decision.regime).toBe(regimeFor(answers));
      }
    });
  });
});

describe('gate order: the first gate that opens decides', () => {
  const allOpen: Answers = {
    uniqueSupplier: 'yes',
    noAlternative: 'yes',
    coInvestment: 'yes',
    buysOutputs: 'no',
    innovationNeed: 'yes',
    purchaseAfter: 'yes',
  };

  it.each(REACHABLE_REGIMES)('%s: unique supplier beats co-investment and innovation', (regime) => {
    const answers = regime === 'psr' ? psrJourney(allOpen) : generalJourney(regime, 'other', allOpen);
    const decision = decideComplete(answers);
    expect(decision.route).toBe('direct-award');
    expect(decision.asked).not.toContain('coInvestment');
    expect(decision.asked).not.toContain('innovationNeed');
  });

  it.each(REACHABLE_REGIMES)('%s: co-investment beats innovation', (regime) => {
    const open: Answers = { coInvestment: 'yes', buysOutputs: 'no', innovationNeed: 'yes', purchaseAfter: 'yes' };
    const answers = regime === 'psr' ? psrJourney(open) : generalJourney(regime, 'other', open);
    expect(decideComplete(answers).route).toBe('co-investment');
  });

  it.each(GENERAL_REGIMES)('%s: the light-touch process beats a direct award', (regime) => {
    const answers = generalJourney(regime, 'light-touch', { proportionate: 'yes', transparent: 'yes', ...allOpen });
    expect(decideComplete(answers).route).toBe('light-touch');
  });

  it.each(GENERAL_REGIMES)('%s: below threshold beats everything after it, and the flexible checks are not asked', (regime) => {
    const answers = generalJourney(regime, 'light-touch', { contractValue: '50000' });
    const decision = decideComplete(answers);
    expect(decision.route).toBe('below-threshold');
    expect(decision.asked).not.toContain('proportionate');
    expect(decision.asked).not.toContain('uniqueSupplier');
  });

  it.each(REACHABLE_REGIMES)('%s: "no" to buying ends the journey at no-contract', (regime) => {
    const answers = regime === 'psr' ? psrJourney({ buying: 'no', ...allOpen }) : generalJourney(regime, 'other', { buying: 'no', ...allOpen });
    const decision = decideComplete(answers);
    expect(decision.route).toBe('no-contract');
    expect(decision.asked.at(-1)).toBe('buying');
  });

  it('under the Act, a person’s choice of provider comes before the light-touch checks', () => {
    const decision = decideComplete(generalJourney('pa2023', 'light-touch', { userChoice: 'yes' }));
    expect(decision.route).toBe('user-choice');
    expect(decision.asked).not.toContain('proportionate');
  });

  it('under the PSR, an existing provider beats patient choice, which beats most suitable provider', () => {
    const all = { existingProvider: 'yes', patientChoice: 'yes', mostSuitable: 'yes', ...allOpen };
    expect(decideComplete(psrJourney(all)).route).toBe('existing-provider');
    expect(decideComplete(psrJourney({ ...all, existingProvider: 'no' })).route).toBe('patient-choice');
    expect(decideComplete(psrJourney({ ...all, existingProvider: 'no', patientChoice: 'no' })).route).toBe('most-suitable-provider');
    expect(decideComplete(psrJourney({ ...all, existingProvider: 'no', patientChoice: 'no', mostSuitable: 'no' })).route).toBe('direct-award');
  });

  it.each(REACHABLE_REGIMES)('%s: co-investment where the authority also pays for services is not co-investment', (regime) => {
    const open: Answers = { coInvestment: 'yes', buysOutputs: 'yes' };
    const answers = regime === 'psr' ? psrJourney(open) : generalJourney(regime, 'other', open);
    const decision = decideComplete(answers);
    expect(decision.route).toBe('competitive-tender');
    expect(gate(decision, 'coInvestment').reason).toMatch(/pay/i);
  });

  it.each<[string, Answers]>([
    ['a unique supplier with an alternative', { uniqueSupplier: 'yes', noAlternative: 'no' }],
    ['innovation with no purchase after', { innovationNeed: 'yes', purchaseAfter: 'no' }],
  ])('%s does not open its gate', (_name, open) => {
    expect(decideComplete(generalJourney('pa2023', 'other', open)).route).toBe('competitive-tender');
  });
});

describe('"unsure" never counts as yes', () => {
  it.each<[QuestionId, Answers, RouteId]>([
    ['uniqueSupplier', { uniqueSupplier: 'unsure' }, 'direct-award'],
    ['coInvestment', { coInvestment: 'unsure' }, 'co-investment'],
    ['innovationNeed', { innovationNeed: 'unsure' }, 'innovation-partnership'],
  ])('%s unsure does not open its gate, skips its follow-up, and becomes an open question', (question, unsure, route) => {
    const decision = decideComplete(generalJourney('pa2023', 'other', unsure));
    expect(decision.route).not.toBe(route);
    expect(decision.route).toBe('competitive-tender');
    const open = decision.openQuestions.find((q) => q.question === question);
    expect(open).toBeDefined();
    expect(open!.resolve.trim()).not.toBe('');
    // Answering "yes" could open the route (given the right follow-up answer).
    expect(open!.outcomes.find((o) => o.value === 'yes')?.routes).toContain(route);
    expect(open!.outcomes.map((o) => o.value)).not.toContain('unsure');
  });

  it('uniqueSupplier unsure does not ask whether there is an alternative', () => {
    expect(questionsOnPath(generalJourney('pa2023', 'other', { uniqueSupplier: 'unsure' }))).not.toContain('noAlternative');
  });

  it.each<[string, Answers]>([
    ['proportionate unsure', { proportionate: 'unsure', transparent: 'yes' }],
    ['transparent unsure', { proportionate: 'yes', transparent: 'unsure' }],
  ])('light touch with %s does not open', (_name, answers) => {
    const decision = decideComplete(generalJourney('pcr2015', 'light-touch', answers));
    expect(decision.route).toBe('competitive-tender');
    expect(decision.openQuestions.some((q) => q.outcomes.some((o) => o.routes.includes('light-touch')))).toBe(true);
  });

  it('mostSuitable unsure under the PSR is not the most suitable provider process', () => {
    const decision = decideComplete(psrJourney({ mostSuitable: 'unsure' }));
    expect(decision.route).toBe('competitive-tender');
    const open = decision.openQuestions.find((q) => q.question === 'mostSuitable');
    expect(open?.outcomes.find((o) => o.value === 'yes')?.routes).toContain('most-suitable-provider');
  });

  it('a journey with no "unsure" answer has no open questions', () => {
    for (const [regime, route] of ROUTE_CASES) {
      expect(decideComplete(opening(regime, route)).openQuestions).toEqual([]);
    }
  });
});

describe('buying "unsure" continues as if yes', () => {
  it.each<[string, Answers]>([
    ['pa2023 below threshold', generalJourney('pa2023', 'other', { contractValue: '1000' })],
    ['pcr2015 light touch', generalJourney('pcr2015', 'light-touch', { proportionate: 'yes', transparent: 'yes' })],
    ['pcsr2015 direct award', generalJourney('pcsr2015', 'other', { uniqueSupplier: 'yes', noAlternative: 'yes' })],
    ['psr existing provider', psrJourney({ existingProvider: 'yes' })],
    ['pa2023 competition', generalJourney('pa2023', 'other')],
  ])('%s: same route as "yes"', (_name, answers) => {
    const sure = decideComplete(answers);
    const unsure = decideComplete({ ...answers, buying: 'unsure' });
    expect(unsure.route).toBe(sure.route);
    expect(unsure.regime).toBe(sure.regime);
    expect(unsure.asked).toEqual(sure.asked);
  });

  it('raises an open question whose "no" answer leads to no contract', () => {
    const decision = decideComplete(generalJourney('pa2023', 'other', { buying: 'unsure' }));
    const open = decision.openQuestions.find((q) => q.question === 'buying');
    expect(open).toBeDefined();
    expect(open!.outcomes.find((o) => o.value === 'no')?.routes).toContain('no-contract');
    expect(gate(decision, 'procurement').reason).toMatch(/not sure/i);
  });
});

describe('health care "unsure" uses the general rules', () => {
  it.each<['england' | 'wales', 'yes' | 'no', RegimeId]>([
    ['england', 'no', 'pa2023'],
    ['england', 'yes', 'pcr2015'],
    ['wales', 'no', 'pa2023'],
  ])('%s, started before 2025 %s → %s, with an open question that could change the regime to the PSR', (nation, startedBefore2025, regime) => {
    const answers: Answers = {
      initiator: 'authority',
      nation,
      healthCare: 'unsure',
      startedBefore2025,
      buying: 'yes',
      serviceKind: 'other',
      authorityType: 'sub-central',
      contractValue: '5000000',
      uniqueSupplier: 'no',
      coInvestment: 'no',
      innovationNeed: 'no',
    };
    const decision = decideComplete(answers);
    expect(decision.regime).toBe(regime);
    const open = decision.openQuestions.find((q) => q.question === 'healthCare');
    expect(open).toBeDefined();
    expect(open!.outcomes.find((o) => o.value === 'yes')?.regime).toBe('psr');
    expect(open!.outcomes.find((o) => o.value === 'no')?.regime).toBeUndefined();
    expect(gate(decision, 'context').reason).toMatch(/not sure/i);
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
  const adultSocialCare = generalJourney('pa2023', 'light-touch', {
    contractValue: '950000',
    proportionate: 'yes',
    transparent: 'yes',
  });

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
    const procurement = gate(decision, 'procurement');
    expect(procurement.outcome).toBe('closed');
    expect(procurement.reason).toContain('£950,000');
    expect(procurement.reason).toContain('£663,540');
    expect(procurement.reason).toMatch(/above/);
    expect(gate(decision, 'flexible')).toMatchObject({ outcome: 'opened', route: 'light-touch' });
    for (const later of ['unique', 'coInvestment', 'innovation', 'competition']) {
      expect(gate(decision, later).outcome).toBe('not-reached');
    }
  });

  it('says a small contract is below the threshold, in pounds', () => {
    const decision = decideComplete(generalJourney('pcr2015', 'other', { authorityType: 'central', contractValue: '120000' }));
    const procurement = gate(decision, 'procurement');
    expect(procurement).toMatchObject({ outcome: 'opened', route: 'below-threshold' });
    expect(procurement.reason).toContain('£120,000');
    expect(procurement.reason).toContain('£139,688');
    expect(procurement.reason).toMatch(/below/);
  });

  it('lists the answers that decided each gate, as the person read them', () => {
    const decision = decideComplete(adultSocialCare);
    expect(gate(decision, 'procurement').answers).toContainEqual({ question: 'contractValue', value: '950000', label: '£950,000' });
    expect(gate(decision, 'flexible').answers.map((a) => a.question)).toEqual(['userChoice', 'proportionate', 'willing', 'transparent', 'mutual']);
    expect(gate(decision, 'context').answers.find((a) => a.question === 'nation')?.label).toBe('England');
  });

  it('marks the flexible checks "not asked" for services that are not light touch', () => {
    const decision = decideComplete(generalJourney('pa2023', 'other'));
    expect(gate(decision, 'flexible').outcome).toBe('not-asked');
    expect(gate(decision, 'competition')).toMatchObject({ outcome: 'opened', route: 'competitive-tender' });
  });

  it('explains a closed unique-supplier gate by the answer that closed it', () => {
    const decision = decideComplete(generalJourney('pa2023', 'other', { uniqueSupplier: 'yes', noAlternative: 'no' }));
    expect(gate(decision, 'unique')).toMatchObject({ outcome: 'closed' });
    expect(gate(decision, 'unique').answers.map((a) => [a.question, a.value])).toEqual([
      ['uniqueSupplier', 'yes'],
      ['noAlternative', 'no'],
    ]);
  });
});

describe('light-touch options', () => {
  const lightTouch = (regime: GeneralRegime, extra: Answers) =>
    decideComplete(generalJourney(regime, 'light-touch', { proportionate: 'yes', transparent: 'yes', ...extra }));

  it.each<[GeneralRegime, Answers, string[]]>([
    ['pa2023', { willing: 'yes' }, ['targeted-engagement']],
    ['pa2023', { willing: 'no' }, ['open-competition']],
    ['pa2023', { willing: 'unsure' }, ['open-competition']],
    ['pa2023', { willing: 'yes', mutual: 'yes' }, ['targeted-engagement', 'mutual-reservation']],
    ['pa2023', { willing: 'no', mutual: 'unsure' }, ['open-competition']],
    ['pcr2015', { willing: 'yes' }, ['targeted-engagement']],
    ['pcr2015', { willing: 'no', mutual: 'yes' }, ['open-competition', 'mutual-reservation']],
    ['pcsr2015', { willing: 'yes' }, ['targeted-engagement']],
    ['pcsr2015', { willing: 'no' }, ['open-competition']],
  ])('%s with %o → %o', (regime, extra, options) => {
    const decision = lightTouch(regime, extra);
    expect(decision.route).toBe('light-touch');
    expect([...decision.options].sort()).toEqual([...options].sort());
  });

  it('the Scottish Regulations never ask about mutuals, nor offer a reservation', () => {
    const answers = generalJourney('pcsr2015', 'light-touch', { proportionate: 'yes', transparent: 'yes' });
    expect(questionsOnPath(answers)).not.toContain('mutual');
    expect(questionsOnPath(generalJourney('pcsr2015', 'light-touch'))).not.toContain('mutual');
    expect(decideComplete({ ...answers, mutual: 'yes' }).options).not.toContain('mutual-reservation');
  });

  it('only the Act asks about a person’s choice of provider', () => {
    expect(questionsOnPath(generalJourney('pa2023', 'light-touch'))).toContain('userChoice');
    expect(questionsOnPath(generalJourney('pcr2015', 'light-touch'))).not.toContain('userChoice');
    expect(questionsOnPath(generalJourney('pcsr2015', 'light-touch'))).not.toContain('userChoice');
  });

  it('other routes have no light-touch options', () => {
    for (const [regime, route] of ROUTE_CASES.filter(([, r]) => r !== 'light-touch')) {
      expect(decideComplete(opening(regime, route)).options).toEqual([]);
    }
  });
});

describe('pending: incomplete answers give the next question', () => {
  const pa = CONTEXT.pa2023;
  it.each<[string, Answers, QuestionId]>([
    ['nothing answered', {}, 'initiator'],
    ['only the initiator', { initiator: 'authority' }, 'nation'],
    ['England', { initiator: 'authority', nation: 'england' }, 'healthCare'],
    ['Wales, unsure about health care', { initiator: 'authority', nation: 'wales', healthCare: 'unsure' }, 'startedBefore2025'],
    ['Northern Ireland', { initiator: 'authority', nation: 'northern-ireland' }, 'startedBefore2025'],
    ['Scotland', { initiator: 'authority', nation: 'scotland' }, 'buying'],
    ['England health care', { initiator: 'authority', nation: 'england', healthCare: 'yes' }, 'buying'],
    ['PSR, buying', { ...CONTEXT.psr, buying: 'yes' }, 'existingProvider'],
    ['PSR, no existing provider', { ...CONTEXT.psr, buying: 'yes', existingProvider: 'no' }, 'patientChoice'],
    ['Act, buying', { ...pa, buying: 'yes' }, 'serviceKind'],
    ['Act, buying unsure', { ...pa, buying: 'unsure' }, 'serviceKind'],
    ['Act, other services', { ...pa, buying: 'yes', serviceKind: 'other' }, 'authorityType'],
    ['Act, social care', { ...pa, buying: 'yes', serviceKind: 'social-care' }, 'contractValue'],
    ['Act, social care above threshold', { ...pa, buying: 'yes', serviceKind: 'social-care', contractValue: '900000' }, 'userChoice'],
    ['2015 Regulations, social care above threshold', { ...CONTEXT.pcr2015, buying: 'yes', serviceKind: 'education', contractValue: '900000' }, 'proportionate'],
    ['Act, other services above threshold', { ...pa, buying: 'yes', serviceKind: 'other', authorityType: 'central', contractValue: '900000' }, 'uniqueSupplier'],
    ['unique supplier yes', generalJourney('pa2023', 'other', { uniqueSupplier: 'yes', noAlternative: undefined }), 'noAlternative'],
    ['co-investment yes', generalJourney('pa2023', 'other', { coInvestment: 'yes' }), 'buysOutputs'],
    ['innovation yes', generalJourney('pa2023', 'other', { innovationNeed: 'yes' }), 'purchaseAfter'],
    ['a gap early on, later answers given', generalJourney('pa2023', 'other', { serviceKind: undefined }), 'serviceKind'],
    ['value missing, later answers given', generalJourney('pcsr2015', 'other', { contractValue: undefined }), 'contractValue'],
  ])('%s → asks %s', (_name, answers, next) => {
    const decision = decide(answers);
    expect(decision).toMatchObject({ status: 'pending', next });
  });

  it('reports the regime once it is known, and not before', () => {
    expect(decide({ initiator: 'authority', nation: 'england' })).not.toHaveProperty('regime');
    expect(decide({ initiator: 'authority', nation: 'scotland' })).toMatchObject({ status: 'pending', regime: 'pcsr2015' });
  });
});

describe('checking the remaining routes too', () => {
  /** A light-touch journey checked on through every later gate; the unique partner gate opens too. */
  const checked = (innovationNeed: 'yes' | 'no') =>
    generalJourney('pa2023', 'light-touch', {
      proportionate: 'yes',
      transparent: 'yes',
      uniqueSupplier: 'yes',
      noAlternative: 'yes',
      coInvestment: 'no',
      innovationNeed,
      ...(innovationNeed === 'yes' && { purchaseAfter: 'yes' }),
    });

  it('keeps the first route as the recommendation and lists the later ones that are open', () => {
    const answers = checked('yes');
    const decision = decide(answers, { remaining: true });
    expect(decision).toMatchObject({ status: 'complete', route: 'light-touch' });
    if (decision.status !== 'complete') return;
    expect(decision.alsoOpen).toEqual(expect.arrayContaining(['direct-award', 'innovation-partnership']));
    expect(decision.alsoOpen).not.toContain('light-touch');
    expect(decision.alsoOpen).not.toContain('co-investment');
    // Without the option, the later answers are not part of the decision.
    expect(decideComplete(answers).alsoOpen).toEqual([]);
  });

  it('"Why this route" shows every gate the person answered in the check as open or closed, with their answers', () => {
    const decision = decide(checked('no'), { remaining: true });
    if (decision.status !== 'complete') throw new Error('no decision');
    const outcomes = Object.fromEntries(decision.trace.map((entry) => [entry.gate, entry.outcome]));
    expect(outcomes).toEqual({
      context: 'settled',
      procurement: 'closed',
      flexible: 'opened',
      unique: 'also-open',
      coInvestment: 'closed',
      innovation: 'closed',
      competition: 'also-open',
    });
    expect(decision.trace.some((entry) => entry.outcome === 'not-reached')).toBe(false);
    expect(gate(decision, 'unique')).toMatchObject({ verdict: 'Also open', route: 'direct-award' });
    expect(gate(decision, 'coInvestment').answers.map((given) => given.question)).toEqual(['coInvestment']);
  });

  it('lists nothing else when there is no contract', () => {
    const decision = decide({ ...CONTEXT.pa2023, buying: 'no' }, { remaining: true });
    expect(decision).toMatchObject({ status: 'complete', route: 'no-contract', alsoOpen: [] });
  });
});

// Regression: the flexible gate once read answers to questions that were not
// on the path (a stray "yes" from an earlier, changed answer or an edited link).
describe('answers off the path never decide the route', () => {
  it('pa2023, services that are not light touch, stray proportionate/transparent "yes" → still an open competition', () => {
    const decision = decideComplete(generalJourney('pa2023', 'other', { proportionate: 'yes', transparent: 'yes' }));
    expect(decision.route).toBe('competitive-tender');
  });

  it('pa2023, services that are not light touch, stray userChoice "yes" → still an open competition', () => {
    const decision = decideComplete(generalJourney('pa2023', 'other', { userChoice: 'yes' }));
    expect(decision.route).toBe('competitive-tender');
  });

  it('PSR with stray proportionate/transparent "yes" never gives light-touch (not a PSR route)', () => {
    const decision = decideComplete(psrJourney({ proportionate: 'yes', transparent: 'yes' }));
    expect(ROUTES_IN_REGIME.psr).toContain(decision.route);
  });
});

describe('stray answers to every question off the path change nothing', () => {
  it.each(ROUTE_CASES.flatMap(([regime, route]) => (['yes', 'no'] as const).map((stray): [ReachableRegime, RouteId, string] => [regime, route, stray])))(
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

describe('ROUTE_OPENS: the flexible routes only open for the services and regimes they belong to', () => {
  const flexibleYes: Answers = { userChoice: 'yes', proportionate: 'yes', transparent: 'yes' };
  it.each<[string, Answers, RouteId, boolean]>([
    ['Act, social care, light-touch checks passed', { ...CONTEXT.pa2023, serviceKind: 'social-care', ...flexibleYes }, 'light-touch', true],
    ['Scotland, education, light-touch checks passed', { ...CONTEXT.pcsr2015, serviceKind: 'education', ...flexibleYes }, 'light-touch', true],
    ['Act, other services', { ...CONTEXT.pa2023, serviceKind: 'other', ...flexibleYes }, 'light-touch', false],
    ['PSR', { ...CONTEXT.psr, serviceKind: 'social-care', ...flexibleYes }, 'light-touch', false],
    ['Act, community service, person’s choice', { ...CONTEXT.pa2023, serviceKind: 'community', ...flexibleYes }, 'user-choice', true],
    ['Act, other services, person’s choice', { ...CONTEXT.pa2023, serviceKind: 'other', ...flexibleYes }, 'user-choice', false],
    ['2015 Regulations, person’s choice', { ...CONTEXT.pcr2015, serviceKind: 'social-care', ...flexibleYes }, 'user-choice', false],
    ['Scotland, existing provider', { ...CONTEXT.pcsr2015, existingProvider: 'yes' }, 'existing-provider', false],
    ['unique supplier unsure', { uniqueSupplier: 'unsure', noAlternative: 'yes' }, 'direct-award', false],
    ['co-investment with nothing said about paying for services', { coInvestment: 'yes' }, 'co-investment', false],
  ])('%s → %s opens: %s', (_name, answers, route, opens) => {
    expect(ROUTE_OPENS[route](answers)).toBe(opens);
  });
});

describe('reasons name the place as the person chose it', () => {
  it('says "Northern Ireland", not a re-cased label', () => {
    const decision = decideComplete(generalJourney('pa2023', 'other'));
    expect(decision.trace[0]!.reason).toMatch(/^The authority is in (England|Wales|Northern Ireland) /);
    const northernIreland = decide({ ...generalJourney('pa2023', 'other'), nation: 'northern-ireland', healthCare: undefined });
    expect(northernIreland.status === 'complete' && northernIreland.trace[0]!.reason).toContain('in Northern Ireland and');
  });
});
