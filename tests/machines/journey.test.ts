import { describe, expect, it } from 'vitest';
import { journeyMachine } from '../../src/machines/journey';
import { checkingRemaining, createJourney, outcomeOf, replay, routeOf, stepOf } from '../../src/machines/steps';
import { decisionOf } from '../../src/machines/result';
import { ROUTE_IDS, decide, questionsOnPath, regimeFor, walk, type Answers } from '../../src/rules';
import { chartRoute, eventsFor, journeyPaths } from '../model/journeyModel';

const paths = journeyPaths({ checkRemaining: true });

type GeneratedPath = (typeof paths)[number];
/** The state a step of a generated path was taken from. */
const pathBefore = (path: GeneratedPath, step: GeneratedPath['steps'][number]) => {
  const index = path.steps.indexOf(step);
  return index === 0 ? createJourney().getSnapshot() : path.steps[index - 1]!.state;
};

/** A small seeded generator so random journeys are the same on every run. */
function seeded(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

function randomJourney(pick: (n: number) => number) {
  const actor = createJourney();
  actor.send({ type: 'START' });
  for (let i = 0; i < 40 && stepOf(actor.getSnapshot()) !== 'check-answers'; i += 1) {
    const events = eventsFor(actor.getSnapshot());
    actor.send(events[pick(events.length)]!);
  }
  return actor.getSnapshot();
}

/** Every transition of every state node, `always` included (issue 9's measure of the chart's size). */
function transitionCount(node: typeof journeyMachine.root): number {
  const own = [...node.transitions.values()].reduce((sum, list) => sum + list.length, 0) + (node.always?.length ?? 0);
  return own + Object.values(node.states).reduce((sum, child) => sum + transitionCount(child), 0);
}

describe('journey statechart (model-based)', () => {
  it('stays a chart a person can read: at most 150 transitions, with no fan-out over the questions', () => {
    expect(transitionCount(journeyMachine.root)).toBeLessThanOrEqual(150);
  });

  it('every state of the chart is reachable from the start', () => {
    const reached = new Set(paths.map((path) => JSON.stringify(path.state.value)));
    for (const id of Object.keys(journeyMachine.root.states)) {
      expect([...reached].some((value) => value.includes(`"${id}"`)), `state ${id}`).toBe(true);
    }
  });

  it('one table, two readers: every path the chart takes to a result is the path walk() follows, ending on its route', () => {
    const results = paths.filter((path) => stepOf(path.state) === 'result');
    expect(results.length).toBeGreaterThan(50);
    for (const path of results) {
      const answers = path.state.context.answers;
      const remaining = checkingRemaining(path.state);
      const walked = walk(answers, { remaining });
      // The chart ends on the route its own transitions reached; walk() reads the same table without the chart.
      const last = remaining ? walked.opened.at(-1)?.route : walked.route;
      expect(chartRoute(path.state), JSON.stringify(answers)).toBe(last);
      const asked = path.steps.flatMap((step) => (step.event.type === 'ANSWER' ? [stepOf(pathBefore(path, step))] : []));
      expect(new Set(asked)).toEqual(new Set(walked.asked));
      const decision = decide(answers, { remaining });
      expect(decision.status === 'complete' && decision.route).toBe(walked.route);
      // The header, the embed event and the result screen name the same route under the same law.
      const full = decisionOf(path.state);
      expect(outcomeOf(path.state)).toEqual({ route: full?.route, regime: full?.regime });
    }
  });

  it('reaches every route, under every regime where it applies', () => {
    const seen = new Set(
      paths.filter((p) => stepOf(p.state) === 'result').map((p) => `${routeOf(p.state)}@${regimeFor(p.state.context.answers)}`),
    );
    for (const route of ROUTE_IDS) expect([...seen].some((key) => key.startsWith(`${route}@`)), route).toBe(true);
    expect(seen.size).toBeGreaterThanOrEqual(30);
  });

  it('1,000 random journeys end where decide() says, having asked exactly the questions on the path', () => {
    const pick = seeded(2026);
    for (let i = 0; i < 1000; i += 1) {
      const snapshot = randomJourney(pick);
      const answers = snapshot.context.answers;
      const decision = decide(answers);
      expect(decision.status).toBe('complete');
      if (decision.status !== 'complete') continue;
      expect(routeOf(snapshot)).toBe(decision.route);
      expect(Object.keys(answers).sort()).toEqual([...decision.asked].sort());
    }
  });
});

const england: Answers = {
  initiator: 'authority',
  nation: 'england',
  healthCare: 'no',
  startedBefore2025: 'no',
  buying: 'yes',
  arrangement: 'new',
  serviceKind: 'other',
  concession: 'no',
  authorityType: 'sub-central',
  contractValue: '1000000',
  supportedEmployment: 'no',
  uniqueSupplier: 'no',
  innovationNeed: 'no',
};

describe('journey events', () => {
  it('BACK returns to the previous question on the path and keeps the answers', () => {
    const actor = createJourney();
    replay(actor, england, 'check-answers');
    expect(stepOf(actor.getSnapshot())).toBe('check-answers');
    actor.send({ type: 'BACK' });
    expect(stepOf(actor.getSnapshot())).toBe('innovationNeed');
    actor.send({ type: 'BACK' });
    expect(stepOf(actor.getSnapshot())).toBe('uniqueSupplier');
    expect(actor.getSnapshot().context.answers).toEqual(england);
  });

  it('BACK skips questions that were not asked', () => {
    const actor = createJourney();
    replay(actor, england, 'contractValue');
    actor.send({ type: 'BACK' });
    expect(stepOf(actor.getSnapshot())).toBe('authorityType');
    replay(actor, { ...england, nation: 'scotland', healthCare: undefined, startedBefore2025: undefined }, 'buying');
    actor.send({ type: 'BACK' });
    expect(stepOf(actor.getSnapshot())).toBe('nation');
    replay(actor, { ...england, buying: 'unsure', coInvestment: 'no' }, 'arrangement');
    actor.send({ type: 'BACK' });
    expect(stepOf(actor.getSnapshot())).toBe('coInvestment');
  });

  it('changing an earlier answer keeps later answers still on the path, drops the rest and returns to check-answers', () => {
    const actor = createJourney();
    replay(actor, england, 'check-answers');
    actor.send({ type: 'CHANGE', question: 'nation' });
    expect(stepOf(actor.getSnapshot())).toBe('nation');
    actor.send({ type: 'ANSWER', value: 'scotland' });
    const answers = actor.getSnapshot().context.answers;
    expect(answers.healthCare).toBeUndefined();
    expect(answers.startedBefore2025).toBeUndefined();
    expect(answers.contractValue).toBe('1000000');
    expect(answers.uniqueSupplier).toBe('no');
    expect(stepOf(actor.getSnapshot())).toBe('check-answers');
  });

  it('a change that opens new questions asks them, then returns to check-answers past every answer kept', () => {
    const actor = createJourney();
    replay(actor, england, 'check-answers');
    actor.send({ type: 'CHANGE', question: 'serviceKind' });
    actor.send({ type: 'ANSWER', value: 'education' });
    // Education is a light touch service: the flexible questions are new, the later answers wait.
    expect(stepOf(actor.getSnapshot())).toBe('userChoice');
    for (const value of ['no', 'yes', 'none']) actor.send({ type: 'ANSWER', value });
    expect(stepOf(actor.getSnapshot())).toBe('transparent');
    actor.send({ type: 'ANSWER', value: 'yes' });
    expect(stepOf(actor.getSnapshot())).toBe('mutual');
    // Only this partner could deliver: light touch does not open here, and the kept answers carry on to the end.
    actor.send({ type: 'ANSWER', value: 'no' });
    expect(stepOf(actor.getSnapshot())).toBe('check-answers');
    expect(actor.getSnapshot().context.answers).toMatchObject({ contractValue: '1000000', uniqueSupplier: 'no', innovationNeed: 'no' });
    expect(routeOf(actor.getSnapshot())).toBe('light-touch');
  });

  it('going back and answering the same again keeps every later answer still on the path', () => {
    const actor = createJourney();
    replay(actor, england, 'check-answers');
    for (let i = 0; i < 5; i += 1) actor.send({ type: 'BACK' });
    expect(stepOf(actor.getSnapshot())).toBe('authorityType');
    actor.send({ type: 'ANSWER', value: 'sub-central' });
    expect(stepOf(actor.getSnapshot())).toBe('contractValue');
    expect(actor.getSnapshot().context.answers).toEqual(england);
  });

  it('a changed answer that opens an earlier gate leaves no stale answer behind', () => {
    const actor = createJourney();
    replay(actor, england, 'check-answers');
    actor.send({ type: 'CHANGE', question: 'buying' });
    actor.send({ type: 'ANSWER', value: 'no' });
    expect(routeOf(actor.getSnapshot())).toBe('no-contract');
    expect(Object.keys(actor.getSnapshot().context.answers)).toEqual(
      questionsOnPath(actor.getSnapshot().context.answers),
    );
    expect(actor.getSnapshot().context.answers.contractValue).toBeUndefined();
  });

  it('an invalid answer leaves the journey on the same question', () => {
    const actor = createJourney();
    replay(actor, england, 'nation');
    actor.send({ type: 'ANSWER', value: '<script>' });
    expect(stepOf(actor.getSnapshot())).toBe('nation');
    replay(actor, england, 'contractValue');
    actor.send({ type: 'ANSWER', value: '-5' });
    expect(stepOf(actor.getSnapshot())).toBe('contractValue');
  });

  it('CHANGE is refused for a question that is not on the path', () => {
    const actor = createJourney();
    replay(actor, england, 'check-answers');
    actor.send({ type: 'CHANGE', question: 'mutual' });
    expect(stepOf(actor.getSnapshot())).toBe('check-answers');
  });

  it('RESTART forgets every answer and returns to the start', () => {
    const actor = createJourney();
    replay(actor, england, 'result');
    expect(stepOf(actor.getSnapshot())).toBe('result');
    actor.send({ type: 'RESTART' });
    expect(stepOf(actor.getSnapshot())).toBe('start');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('replay stops at the furthest step the answers reach', () => {
    const actor = createJourney();
    const { innovationNeed: _dropped, ...partial } = england;
    replay(actor, partial, 'result');
    expect(stepOf(actor.getSnapshot())).toBe('innovationNeed');
  });
});

describe('checking the remaining routes', () => {
  const userChoice: Answers = {
    initiator: 'authority',
    nation: 'england',
    healthCare: 'no',
    startedBefore2025: 'no',
    buying: 'yes',
    arrangement: 'new',
    serviceKind: 'social-care',
    concession: 'no',
    authorityType: 'sub-central',
    contractValue: '2000000',
    supportedEmployment: 'no',
    userChoice: 'yes',
    userPreference: 'yes',
  };

  it('every generated remaining-routes result lists the recommendation first, then every other route walk() finds open', () => {
    const results = paths.filter((p) => stepOf(p.state) === 'result' && checkingRemaining(p.state));
    expect(results.length).toBeGreaterThan(20);
    for (const path of results) {
      const answers = path.state.context.answers;
      const decision = decide(answers, { remaining: true });
      expect(decision.status).toBe('complete');
      if (decision.status !== 'complete') continue;
      expect(decision.route).toBe(walk(answers).route);
      expect(routeOf(path.state)).toBe(decision.route);
      expect(decision.alsoOpen).not.toContain(decision.route);
      expect(Object.keys(answers).sort()).toEqual([...decision.asked].sort());
    }
  });

  it('continues through the skipped gates and back again', () => {
    const actor = createJourney();
    replay(actor, userChoice, 'result');
    expect(routeOf(actor.getSnapshot())).toBe('user-choice');
    actor.send({ type: 'CHECK_REMAINING' });
    // The light touch questions the person's choice made unnecessary come first.
    const first = stepOf(actor.getSnapshot());
    expect(first).toBe('proportionate');
    actor.send({ type: 'BACK' });
    expect(stepOf(actor.getSnapshot())).toBe('result');
    expect(checkingRemaining(actor.getSnapshot())).toBe(false);

    actor.send({ type: 'CHECK_REMAINING' });
    for (const value of ['yes', 'few', 'yes', 'no', 'yes', 'yes', 'no']) actor.send({ type: 'ANSWER', value });
    expect(stepOf(actor.getSnapshot())).toBe('check-answers');
    actor.send({ type: 'CONFIRM' });
    const snapshot = actor.getSnapshot();
    expect(stepOf(snapshot)).toBe('result');
    const decision = decide(snapshot.context.answers, { remaining: true });
    expect(decision.status === 'complete' && [decision.route, ...decision.alsoOpen]).toEqual(['user-choice', 'light-touch', 'direct-award']);

    const again = createJourney();
    replay(again, snapshot.context.answers, 'result', { remaining: true });
    expect(stepOf(again.getSnapshot())).toBe('result');
    expect(checkingRemaining(again.getSnapshot())).toBe(true);
    expect(again.getSnapshot().context.answers).toEqual(snapshot.context.answers);
  });

  it('any Change during the check keeps the check and every answer still on its path, and returns to check-answers', () => {
    const checked = { ...userChoice, proportionate: 'yes', willing: 'few', transparent: 'yes', mutual: 'no', uniqueSupplier: 'no', innovationNeed: 'no' };
    const actor = createJourney();
    replay(actor, checked, 'check-answers', { remaining: true });
    expect(checkingRemaining(actor.getSnapshot())).toBe(true);
    actor.send({ type: 'CHANGE', question: 'initiator' });
    expect(stepOf(actor.getSnapshot())).toBe('initiator');
    actor.send({ type: 'ANSWER', value: 'social-enterprise' });
    expect(stepOf(actor.getSnapshot())).toBe('check-answers');
    expect(checkingRemaining(actor.getSnapshot())).toBe(true);
    expect(actor.getSnapshot().context.answers).toEqual({ ...checked, initiator: 'social-enterprise' });

    actor.send({ type: 'CHANGE', question: 'uniqueSupplier' });
    actor.send({ type: 'ANSWER', value: 'yes' });
    expect(stepOf(actor.getSnapshot())).toBe('noAlternative');
    actor.send({ type: 'ANSWER', value: 'yes' });
    expect(stepOf(actor.getSnapshot())).toBe('check-answers');
    expect(checkingRemaining(actor.getSnapshot())).toBe(true);
  });

  it('is refused where no route remains to check', () => {
    const actor = createJourney();
    replay(actor, england, 'result');
    expect(routeOf(actor.getSnapshot())).toBe('competitive-tender');
    actor.send({ type: 'CHECK_REMAINING' });
    expect(stepOf(actor.getSnapshot())).toBe('result');
    expect(checkingRemaining(actor.getSnapshot())).toBe(false);
  });
});
