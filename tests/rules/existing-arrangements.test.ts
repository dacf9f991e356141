// Existing arrangements (framework call-offs, changes to a contract) and the
// supported-employment reservation, per ground and per regime: spec v2 §2
// questions 9–11, 16–19, §3 gate 1, §5 rows framework-call-off and
// modify-contract; legal/routes.md §1–§2 and legal/health.md reg 13.
import { describe, expect, it } from 'vitest';
import { hasRemainingRoutes, hintFor, questionsOnPath, type Answers, type RegimeId, type RouteId } from '../../src/rules';
import { routeIn } from '../../src/rules/routes';
import { ALL_REGIMES, CONTEXT, GENERAL_REGIMES, HEALTH_REGIME_IDS, decideComplete, generalJourney, healthJourney, type GeneralRegime } from './builders';

const CHANGE_QUESTIONS = ['changeProvided', 'changeSmall', 'changeUnforeseen'] as const;

/** A change to an existing contract, with the grounds answered as given; the rest of each journey as a new contract. */
function change(regime: RegimeId, grounds: Answers, service: 'light-touch' | 'other' = 'other'): Answers {
  const answers = { arrangement: 'change', ...grounds };
  return regime === 'psr' || regime === 'psr-wales' ? healthJourney(regime, answers) : generalJourney(regime as GeneralRegime, service, answers);
}

const callOff = (regime: RegimeId, frameworkDirect: string): Answers => ({
  ...CONTEXT[regime],
  buying: 'yes',
  arrangement: 'framework',
  onFramework: 'yes',
  frameworkDirect,
});

const optionText = (regime: RegimeId, route: RouteId, id: string): string =>
  routeIn(route, regime).options?.find((option) => option.id === id)?.text ?? '';

describe('changing a contract you already have', () => {
  it.each(ALL_REGIMES)('an option to extend that the contract provided for is a permitted change in every regime (%s)', (regime) => {
    const decision = decideComplete(change(regime, { changeProvided: 'yes' }));
    expect(decision.route).toBe('modify-contract');
    expect(decision.regime).toBe(regime);
    expect(decision.options).toEqual(['change-provided-for']);
    expect(decision.trace.find((entry) => entry.gate === 'existing')).toMatchObject({ outcome: 'opened', route: 'modify-contract' });
  });

  it.each(ALL_REGIMES)('a change small in the regime’s own terms is a permitted change (%s)', (regime) => {
    const decision = decideComplete(change(regime, { changeProvided: 'no', changeSmall: 'yes' }));
    expect([decision.route, ...decision.options]).toEqual(['modify-contract', 'change-small']);
  });

  it.each(ALL_REGIMES)('a change for unforeseeable circumstances (health: outside factors) is a permitted change (%s)', (regime) => {
    const decision = decideComplete(change(regime, { changeProvided: 'no', changeSmall: 'unsure', changeUnforeseen: 'yes' }));
    expect([decision.route, ...decision.options]).toEqual(['modify-contract', 'change-unforeseen']);
  });

  it('an unforeseen change adding 60% is not permitted under the Act and continues as a new contract', () => {
    // Sch 8 para 4 caps the increase at 50%: the honest answer to changeUnforeseen is "no".
    expect(hintFor('changeUnforeseen', CONTEXT.pa2023)).toMatch(/no more than 50%/);
    const decision = decideComplete(change('pa2023', { changeProvided: 'no', changeSmall: 'no', changeUnforeseen: 'no' }));
    expect(decision.route).toBe('competitive-tender');
    expect(decision.asked).toContain('supportedEmployment');
    const gate = decision.trace.find((entry) => entry.gate === 'existing')!;
    expect(gate).toMatchObject({ outcome: 'closed', verdict: 'A new contract' });
    // Other grounds may still allow it, and a new contract may go to the existing supplier in narrow cases.
    expect(gate.reason).toMatch(/Other grounds may/);
    expect(gate.reason).toMatch(/Sch 8 paras 2–3/);
    expect(gate.reason).toMatch(/Sch 5 para 7/);
    expect(gate.reason).toMatch(/Sch 5 para 8/);
    expect(gate.reason).toMatch(/in the 5 years before your transparency notice/);
  });

  it.each(ALL_REGIMES)('a change no ground allows names the grounds not asked about before going on as a new contract (%s)', (regime) => {
    const decision = decideComplete(change(regime, { changeProvided: 'no', changeSmall: 'no', changeUnforeseen: 'unsure' }));
    expect(decision.route).not.toBe('modify-contract');
    const reason = decision.trace.find((entry) => entry.gate === 'existing')!.reason;
    const grounds: Record<RegimeId, RegExp> = {
      pa2023: /paras 5–7.*para 8.*para 9/,
      pcr2015: /reg 72\(1\)\(b\).*reg 72\(1\)\(e\)/,
      pcsr2015: /reg 72\(1\)\(b\).*reg 72\(1\)\(e\)/,
      psr: /reg 13\(1\)\(b\).*reg 14/,
      'psr-wales': /succession.*reg 14/,
    };
    expect(reason).toMatch(grounds[regime]);
  });

  it('a change no ground allows to a 2015 Regulations contract goes on as a new contract under the Act', () => {
    const decision = decideComplete(change('pcr2015', { changeProvided: 'no', changeSmall: 'no', changeUnforeseen: 'no' }));
    expect(decision.regime).toBe('pa2023');
    expect(decision.route).toBe('competitive-tender');
    // The grounds that were tried are the 2015 Regulations' own: the current contract stays under them.
    expect(decision.trace.find((entry) => entry.gate === 'existing')!.reason).toMatch(/reg 72\(1\)\(b\).*comes under the Procurement Act 2023.*SI 2024\/716 reg 6/);
    expect(decision.trace.find((entry) => entry.gate === 'context')!.reason).toMatch(/stays under the Public Contracts Regulations 2015.*comes under the Procurement Act 2023/);
  });

  it('a light touch service whose change no ground allows under the 2015 Regulations is then offered the Act’s user choice and light touch questions', () => {
    const answers = change('pcr2015', { changeProvided: 'no', changeSmall: 'no', changeUnforeseen: 'no', userChoice: 'no' }, 'light-touch');
    const decision = decideComplete(answers);
    expect(decision.regime).toBe('pa2023');
    expect(decision.route).toBe('light-touch');
    expect(decision.asked).toContain('userChoice');
  });

  it.each(['psr', 'psr-wales'] as const)('a change no ground allows in a health regime stays under that regime (%s)', (regime) => {
    const decision = decideComplete(change(regime, { changeProvided: 'no', changeSmall: 'no', changeUnforeseen: 'no' }));
    expect(decision.regime).toBe(regime);
  });

  it.each(GENERAL_REGIMES)('a contract still below the threshold after the change needs no legal ground (%s)', (regime) => {
    const decision = decideComplete(change(regime, { contractValue: '100000' }));
    expect([decision.route, ...decision.options]).toEqual(['modify-contract', 'change-below-threshold']);
    for (const question of CHANGE_QUESTIONS) expect(decision.asked).not.toContain(question);
    expect(decision.trace.find((entry) => entry.gate === 'threshold')!.reason).toMatch(/below the .* threshold .*rules on changing contracts do not apply/);
  });

  it('under the Act a light touch contract may be changed without the usual grounds (s.74(2)), with no change notice', () => {
    const decision = decideComplete(change('pa2023', {}, 'light-touch'));
    expect([decision.route, ...decision.options]).toEqual(['modify-contract', 'change-light-touch']);
    for (const question of CHANGE_QUESTIONS) expect(decision.asked).not.toContain(question);
    const text = optionText('pa2023', 'modify-contract', 'change-light-touch');
    expect(text).toMatch(/s\.74\(2\)/);
    expect(text).toMatch(/no contract change notice is needed/);
  });

  it.each(['pcr2015', 'pcsr2015'] as const)('under %s a light touch contract still needs a ground (reg 72)', (regime) => {
    const answers = change(regime, {}, 'light-touch');
    expect(questionsOnPath(answers)).toContain('changeProvided');
  });

  it.each(HEALTH_REGIME_IDS)('%s has no threshold: a change goes straight to the grounds', (regime) => {
    const asked = questionsOnPath(change(regime, { changeProvided: 'yes' }));
    expect(asked.slice(asked.indexOf('arrangement'))).toEqual(['arrangement', 'changeProvided']);
    expect(asked).not.toContain('contractValue');
  });

  it.each(ALL_REGIMES)('each ground is asked only after a firm answer other than yes to the one before (%s)', (regime) => {
    expect(questionsOnPath(change(regime, { changeProvided: 'yes' }))).not.toContain('changeSmall');
    expect(questionsOnPath(change(regime, { changeProvided: 'unsure', changeSmall: 'yes' }))).not.toContain('changeUnforeseen');
    expect(questionsOnPath(change(regime, { changeProvided: 'no', changeSmall: 'no' }))).toContain('changeUnforeseen');
  });

  it('the change questions give each regime’s own limits', () => {
    expect(hintFor('changeSmall', CONTEXT.pa2023)).toMatch(/either.*10% of its maximum term.*10% \(15% for works\)/s);
    for (const regime of ['pcr2015', 'pcsr2015'] as const) {
      expect(hintFor('changeSmall', CONTEXT[regime])).toMatch(/less than the threshold and less than 10% of the original value \(15% for works\)/);
      expect(hintFor('changeProvided', CONTEXT[regime])).toMatch(/clear, precise and unequivocal/);
      expect(hintFor('changeUnforeseen', CONTEXT[regime])).toMatch(/50%/);
    }
    expect(hintFor('changeProvided', CONTEXT.pa2023)).toMatch(/tender or transparency notice/);
    for (const regime of HEALTH_REGIME_IDS) {
      expect(hintFor('changeSmall', CONTEXT[regime])).toMatch(/less than £500,000 or by less than 25%/);
      expect(hintFor('changeUnforeseen', CONTEXT[regime])).toMatch(/external factors/);
      expect(hintFor('changeUnforeseen', CONTEXT[regime])).not.toMatch(/50%/);
    }
    expect(hintFor('changeSmall', CONTEXT.psr)).toMatch(/Direct Award Process A or B/);
    expect(hintFor('changeSmall', CONTEXT['psr-wales'])).toMatch(/Direct Award Process 1/);
  });

  it('under the Act, each ground says when a contract change notice is needed (s.75)', () => {
    for (const id of ['change-provided-for', 'change-unforeseen']) {
      expect(optionText('pa2023', 'modify-contract', id)).toMatch(/contract change notice before you make it, unless .* \(s\.75\(2\)\)/);
    }
    expect(optionText('pcr2015', 'modify-contract', 'change-unforeseen')).toMatch(/reg 72\(3\)/);
    for (const regime of HEALTH_REGIME_IDS) expect(optionText(regime, 'modify-contract', 'change-provided-for')).toMatch(/£500,000 or more, publish a modification notice within 30 days/);
  });

  it('a permitted change ends the journey: there are no remaining routes to check', () => {
    expect(hasRemainingRoutes(change('pa2023', { changeProvided: 'yes' }))).toBe(false);
    expect(hasRemainingRoutes(change('pa2023', { contractValue: '100000' }))).toBe(false);
  });
});

describe('calling off from a framework or dynamic market', () => {
  it.each(ALL_REGIMES)('a partner on a framework you may use gets a call-off, directly only if the framework allows it (%s)', (regime) => {
    expect(decideComplete(callOff(regime, 'yes'))).toMatchObject({ route: 'framework-call-off', regime, options: ['direct-call-off'] });
    expect(decideComplete(callOff(regime, 'no'))).toMatchObject({ route: 'framework-call-off', options: ['call-off-competition'] });
  });

  it('a dynamic market never yields a direct call-off', () => {
    // The question tells the person to answer "no" for a dynamic market, and the content never offers a direct award under one.
    expect(hintFor('frameworkDirect', CONTEXT.pa2023)).toMatch(/A dynamic market is always a competition among its members: answer “No”/);
    expect(decideComplete(callOff('pa2023', 'no')).options).toEqual(['call-off-competition']);
    expect(optionText('pa2023', 'framework-call-off', 'call-off-competition')).toMatch(/dynamic market, run a competitive flexible procedure open only to its members/);
    expect(optionText('pa2023', 'framework-call-off', 'direct-call-off')).toMatch(/A dynamic market never allows this/);
  });

  it('not sure whether the framework allows a direct call-off assumes a competition, with an open question', () => {
    const decision = decideComplete(callOff('pa2023', 'unsure'));
    expect(decision.options).toEqual(['call-off-competition']);
    expect(decision.openQuestions.map((open) => open.question)).toEqual(['frameworkDirect']);
  });

  it('a direct call-off under the Act needs one supplier, or core terms and an objective way to pick (s.45(4)); a light touch framework may set its own (s.45(9))', () => {
    const text = optionText('pa2023', 'framework-call-off', 'direct-call-off');
    expect(text).toMatch(/s\.45\(4\)/);
    expect(text).toMatch(/s\.45\(9\)/);
  });

  it('a partner not on a 2015 Regulations framework goes on as a new contract under the Act', () => {
    const answers = generalJourney('pcr2015', 'other', { arrangement: 'framework', onFramework: 'no' });
    const decision = decideComplete(answers);
    expect(decision.regime).toBe('pa2023');
    expect(decision.trace.find((entry) => entry.gate === 'context')!.reason).toMatch(/partner is not on it, so this is a new contract.*Procurement Act 2023/);
  });

  it('a contract from a procurement begun before 24 February 2025 counts as a 2015 Regulations contract, even if awarded later', () => {
    expect(hintFor('startedBefore2025', CONTEXT.pcr2015)).toMatch(/or came from a procurement that formally began before it/);
  });

  it.each(['psr', 'psr-wales'] as const)('a direct call-off in a health regime never mentions dynamic markets, which only the Act has (%s)', (regime) => {
    const decision = decideComplete(callOff(regime, 'yes'));
    expect(decision.trace.find((entry) => entry.gate === 'existing')!.reason).not.toMatch(/dynamic market/);
    expect(decideComplete(callOff('pa2023', 'yes')).trace.find((entry) => entry.gate === 'existing')!.reason).toMatch(/A dynamic market never allows that/);
  });

  it.each(ALL_REGIMES)('a partner not on a framework you may use continues as a new contract (%s)', (regime) => {
    const answers = { ...CONTEXT[regime], buying: 'yes', arrangement: 'framework', onFramework: 'no' };
    const next = regime === 'psr' || regime === 'psr-wales' ? 'incumbent' : 'serviceKind';
    expect(questionsOnPath(answers)).toContain(next);
    expect(questionsOnPath(answers)).not.toContain('frameworkDirect');
  });

  it('in Wales a call-off from a framework with several providers needs a notice of intention and a standstill', () => {
    expect(routeIn('framework-call-off', 'psr-wales').risks.join(' ')).toMatch(/several providers needs a notice of intention and a standstill/);
  });
});

describe('reserving a competition for supported employment providers', () => {
  it('a supported employment provider can be reserved for under the Act only in a competitive flexible procedure', () => {
    for (const route of ['light-touch', 'competitive-tender'] as const) {
      const answers = generalJourney('pa2023', route === 'light-touch' ? 'light-touch' : 'other', { supportedEmployment: 'yes', willing: 'many' });
      const decision = decideComplete(answers);
      expect(decision.route).toBe(route);
      expect(decision.options).toContain('supported-employment-reservation');
      const text = optionText('pa2023', route, 'supported-employment-reservation');
      expect(text).toMatch(/Only within a competitive flexible procedure — not the open procedure/);
      expect(text).toMatch(/at least 30%/);
    }
  });

  it.each(GENERAL_REGIMES)('an innovation partnership competed for may be reserved; developing and testing only is not (%s)', (regime) => {
    const develop = (purchaseAfter: string) =>
      decideComplete(generalJourney(regime, 'other', { supportedEmployment: 'yes', innovationNeed: 'yes', purchaseAfter }));
    expect(develop('yes')).toMatchObject({ route: 'innovation-partnership', options: ['supported-employment-reservation'] });
    expect(develop('no')).toMatchObject({ route: 'innovation-partnership', options: [] });
    expect(optionText(regime, 'innovation-partnership', 'supported-employment-reservation')).toMatch(/never lets you award to one organisation directly/);
  });

  it.each(GENERAL_REGIMES)('a reservation restricts a competition and never permits a direct award (%s)', (regime) => {
    const direct = decideComplete(generalJourney(regime, 'other', { supportedEmployment: 'yes', uniqueSupplier: 'yes', noAlternative: 'yes' }));
    expect(direct.route).toBe('direct-award');
    expect(direct.options).not.toContain('supported-employment-reservation');
    const text = optionText(regime, 'competitive-tender', 'supported-employment-reservation');
    expect(text).toMatch(/never lets you award to one organisation directly/);
  });

  it('the 2015 and Scottish Regulations use the main-aim test on all employees (reg 20 / reg 21), not the Act’s part-of-workforce test', () => {
    for (const regime of ['pcr2015', 'pcsr2015'] as const) {
      expect(hintFor('supportedEmployment', CONTEXT[regime])).toMatch(/main aim .* at least 30% of all its employees/);
    }
    expect(hintFor('supportedEmployment', CONTEXT.pa2023)).toMatch(/or of the part, or group of organisations/);
    expect(optionText('pcsr2015', 'light-touch', 'supported-employment-reservation')).toMatch(/supported businesses/);
  });

  it('in Scotland it is asked below the thresholds from £50,000 and adds the Reform Act s.11 reservation', () => {
    const below = generalJourney('pcsr2015', 'other', { contractValue: '60000', supportedEmployment: 'yes' });
    const decision = decideComplete(below);
    expect(decision.route).toBe('below-threshold');
    expect(decision.options).toEqual(['supported-employment-reservation']);
    expect(optionText('pcsr2015', 'below-threshold', 'supported-employment-reservation')).toMatch(/£50,000 or more excluding VAT.*s\.11/s);
    // The 2014 Act's figures may have been raised by order: never stated without a check.
    expect(optionText('pcsr2015', 'below-threshold', 'supported-employment-reservation')).toMatch(/check they have not been raised by order/);
    expect(questionsOnPath(generalJourney('pcsr2015', 'other', { contractValue: '49999' }))).not.toContain('supportedEmployment');
  });

  it('it is not asked in England below the threshold, nor in a health regime', () => {
    expect(questionsOnPath(generalJourney('pa2023', 'other', { contractValue: '100000' }))).not.toContain('supportedEmployment');
    for (const regime of HEALTH_REGIME_IDS) expect(questionsOnPath(healthJourney(regime))).not.toContain('supportedEmployment');
  });

  it('in Scotland the reserved-contract question asks the reg 76A test', () => {
    expect(hintFor('mutual', CONTEXT.pcsr2015)).toMatch(/exists only to benefit society or the environment/);
  });
});
