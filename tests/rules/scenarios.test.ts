import { SCENARIOS } from '../fixtures/scenarios';
import moreJourneys from '../fixtures/more-journeys.json';
import {
  ROUTES_IN_REGIME,
  isQuestionId,
  isRegimeId,
  isRouteId,
  parseAnswer,
  parseAnswers,
  regimeFor,
  serialiseAnswers,
  type Answers,
} from '../../src/rules';
import { decideComplete, type Journey } from './builders';

const PUBLIC: Journey[] = SCENARIOS;
const MORE = moreJourneys as Journey[];
const ALL: [string, Journey][] = [
  ...PUBLIC.map((j): [string, Journey] => [`public: ${j.name}`, j]),
  ...MORE.map((j): [string, Journey] => [`more: ${j.name}`, j]),
];

describe('fixtures are well formed', () => {
  it.each(ALL)('%s', (_name, journey) => {
    expect(isRouteId(journey.route)).toBe(true);
    expect(isRegimeId(journey.regime)).toBe(true);
    expect(ROUTES_IN_REGIME[journey.regime as keyof typeof ROUTES_IN_REGIME]).toContain(journey.route);
    for (const [question, value] of Object.entries(journey.answers)) {
      expect(isQuestionId(question)).toBe(true);
      if (isQuestionId(question)) expect(parseAnswer(question, value as string)).toEqual({ value });
    }
  });

  it('every journey has its own name', () => {
    const names = ALL.map(([, j]) => j.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('the extra journeys cover a no-contract result in every nation, and every route', () => {
    const nations = MORE.filter((j) => j.route === 'no-contract').map((j) => j.answers.nation);
    expect(new Set(nations)).toEqual(new Set(['england', 'wales', 'northern-ireland', 'scotland']));
    const routes = new Set([...PUBLIC, ...MORE].map((j) => j.route));
    expect([...routes].sort()).toEqual(Object.values(ROUTES_IN_REGIME).flat().filter((r, i, all) => all.indexOf(r) === i).sort());
  });
});

describe('journeys give the expected route and regime', () => {
  it.each(ALL)('%s', (_name, journey) => {
    const decision = decideComplete(journey.answers);
    expect({ route: decision.route, regime: decision.regime }).toEqual({ route: journey.route, regime: journey.regime });
    expect(regimeFor(journey.answers)).toBe(journey.regime);
  });

  it.each(ALL)('%s: the trace opens exactly one gate, on that route', (_name, journey) => {
    const { trace } = decideComplete(journey.answers);
    const opened = trace.filter((t) => t.outcome === 'opened');
    expect(opened.map((t) => t.route)).toEqual([journey.route]);
  });

  it.each(ALL)('%s: the same from the other side (a social enterprise proposing it)', (_name, journey) => {
    const initiator = journey.answers.initiator === 'authority' ? 'social-enterprise' : 'authority';
    const decision = decideComplete({ ...journey.answers, initiator } as Answers);
    expect({ route: decision.route, regime: decision.regime }).toEqual({ route: journey.route, regime: journey.regime });
  });

  it.each(ALL)('%s: a shared link to it leads to the same place', (_name, journey) => {
    const parsed = parseAnswers(new URLSearchParams(serialiseAnswers(journey.answers)));
    // Answers beyond the gate that opened are dropped, but nothing on the path is.
    expect(parsed.problems.every((p) => /does not apply/.test(p.message))).toBe(true);
    const decision = decideComplete(parsed.answers);
    expect({ route: decision.route, regime: decision.regime }).toEqual({ route: journey.route, regime: journey.regime });
  });
});

describe('what the extra journeys show', () => {
  const byName = (fragment: string) => {
    const journey = MORE.find((j) => j.name.includes(fragment));
    if (!journey) throw new Error(`no journey named like "${fragment}"`);
    return decideComplete(journey.answers);
  };

  it('a legacy light-touch contract may be reserved for a mutual', () => {
    expect(byName('reserved for a public service mutual').options).toContain('mutual-reservation');
  });

  it('Scotland’s light touch contract that only the partner says it can deliver is opened to all', () => {
    expect(byName('light touch open to all').options).toEqual(['open-competition']);
  });

  it('a Scottish light touch figure comes with a warning to check it', () => {
    expect(byName('£1 under the light touch figure').threshold?.threshold.confirmed).toBe(false);
  });

  it('unsure about health care leaves an open question that could bring in the PSR', () => {
    const open = byName('unsure if health care').openQuestions.find((q) => q.question === 'healthCare');
    expect(open?.outcomes.some((o) => o.regime === 'psr')).toBe(true);
  });

  it('unsure about buying leaves an open question that could mean no contract', () => {
    const open = byName('unsure if buying').openQuestions.find((q) => q.question === 'buying');
    expect(open?.outcomes.find((o) => o.value === 'no')?.routes).toContain('no-contract');
  });
});
