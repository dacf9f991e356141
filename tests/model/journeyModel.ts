import { getShortestPaths } from 'xstate/graph';
import { journeyMachine, type JourneyEvent } from '../../src/machines/journey';
import { checkingRemaining, stepOf, type JourneySnapshot, } from '../../src/machines/steps';
import {
  GATES,
  QUESTIONS,
  decide,
  regimeFor,
  thresholdFor,
  thresholdKindFor,
  walk,
  type Answers,
  type JourneyStep,
  type QuestionId,
  type RegimeId,
  type RouteId,
} from '../../src/rules';

/**
 * The statechart as a test model, shared by the machine's model-based test
 * (vitest) and the browser journeys (Playwright), so both walk the same graph.
 */

export interface ModelOptions {
  /** Also take "check the remaining routes too" from each first result. */
  checkRemaining?: boolean;
}

/** Answers to try at each step: every option, and for money the values either side of the threshold. */
export function eventsFor(snapshot: JourneySnapshot, options: ModelOptions = {}): JourneyEvent[] {
  const step = stepOf(snapshot);
  if (step === 'start') return [{ type: 'START' }];
  if (step === 'check-answers') return [{ type: 'CONFIRM' }];
  if (step === 'result') return options.checkRemaining && !checkingRemaining(snapshot) ? [{ type: 'CHECK_REMAINING' }] : [];
  const question = QUESTIONS[step];
  if (question.kind === 'choice') return question.options.map((option) => ({ type: 'ANSWER', value: option.value }));
  const answers = snapshot.context.answers;
  const regime = regimeFor(answers);
  const kind = thresholdKindFor(answers);
  const threshold = regime && kind ? thresholdFor(regime, kind) : undefined;
  if (!threshold) return [{ type: 'ANSWER', value: '0' }];
  return [0, threshold.amount - 1, threshold.amount].map((value) => ({ type: 'ANSWER', value: String(value) }));
}

/**
 * Later gates depend only on the regime (and how it was reached: health care,
 * a mixed package), the kind of contract, whether it is new, a change (and on
 * which ground) or a call-off, and the answers inside the gate being asked, so
 * a state is identified by those. This keeps
 * the graph to every step under every regime and every in-gate combination,
 * instead of every possible set of answers.
 */
export function essence(snapshot: JourneySnapshot): string {
  const answers = snapshot.context.answers;
  const step = stepOf(snapshot);
  const gate = GATES.find((g) => (g.questions as readonly string[]).includes(step));
  const inGate = Object.fromEntries((gate?.questions ?? []).map((q) => [q, answers[q]]));
  // While checking the remaining routes, the route already recommended shapes what follows.
  const recommended = checkingRemaining(snapshot) ? walk(answers).route : undefined;
  // A change shapes the gates after it: how many grounds were asked, and whether one allowed it.
  // A new contract and a call-off from a framework the partner is not on go on the same way.
  const grounds = [answers.changeProvided, answers.changeSmall, answers.changeUnforeseen].filter((a) => a !== undefined);
  const existing = answers.arrangement === 'change' ? [grounds.length, grounds.includes('yes')] : answers.arrangement !== undefined;
  return JSON.stringify([snapshot.value, step, recommended, regimeFor(answers), thresholdKindFor(answers), answers.buying, answers.healthCare, existing, inGate]);
}

/** The route state the chart's own transitions ended on, read from the state value rather than from the rules. */
export const chartRoute = (snapshot: JourneySnapshot): string | undefined =>
  typeof snapshot.value === 'string' ? undefined : Object.keys(snapshot.value)[0];

export const journeyPaths = (options: ModelOptions = {}) =>
  getShortestPaths(journeyMachine, { events: (snapshot) => eventsFor(snapshot, options), serializeState: essence });

/** One thing a person does on a screen to move on. */
export type Move =
  | { step: 'start' }
  | { step: QuestionId; kind: 'choice'; value: string; label: string }
  | { step: QuestionId; kind: 'money'; value: string }
  | { step: 'check-answers' };

export interface BrowserJourney {
  /** A readable name: route, regime and the answers that lead there. */
  name: string;
  moves: Move[];
  /**
   * The steps whose screen this journey is the first to show. Slow whole-page
   * checks (axe) run there only, so each screen is checked once, not 30 times.
   */
  firstShown: ReadonlySet<Move['step']>;
  answers: Answers;
  route: RouteId;
  regime: RegimeId;
}

function moveFor(step: JourneyStep, event: JourneyEvent): Move {
  if (step === 'start') return { step };
  if (step === 'check-answers' || step === 'result') return { step: 'check-answers' };
  const question = QUESTIONS[step];
  const value = event.type === 'ANSWER' ? event.value : '';
  if (question.kind === 'money') return { step, kind: 'money', value };
  const option = question.options.find((o) => o.value === value);
  return { step, kind: 'choice', value, label: option?.label ?? value };
}

/**
 * Journeys for the browser: one for every route under every regime it is
 * reached in, then more until every question has been shown at least once.
 * Shortest paths first, so the browser does the least work for the coverage.
 */
export function browserJourneys(): BrowserJourney[] {
  const complete = journeyPaths()
    .filter((path) => stepOf(path.state) === 'result')
    .map((path) => {
      const decision = decide(path.state.context.answers);
      if (decision.status !== 'complete') throw new Error('a generated path ended without a decision');
      // Each step holds the state an event led to; the move is made on the screen before it.
      const moves = path.steps.slice(1).map((step, i) => moveFor(stepOf(path.steps[i]!.state), step.event));
      return { path, decision, moves };
    })
    .sort((a, b) => a.moves.length - b.moves.length);

  const chosen = new Map<string, (typeof complete)[number]>();
  for (const candidate of complete) {
    const key = `${candidate.decision.route}@${candidate.decision.regime}`;
    if (!chosen.has(key)) chosen.set(key, candidate);
  }
  const shown = (list: Iterable<(typeof complete)[number]>) =>
    new Set([...list].flatMap((c) => c.moves.map((move) => move.step)));
  for (const candidate of [...complete].reverse()) {
    const seen = shown(chosen.values());
    if (candidate.moves.some((move) => !seen.has(move.step))) chosen.set(`extra-${chosen.size}`, candidate);
  }

  const shownBefore = new Set<Move['step']>();
  return [...chosen.values()].map(({ path, decision, moves }) => {
    const firstShown = new Set(moves.map((move) => move.step).filter((step) => !shownBefore.has(step)));
    for (const step of firstShown) shownBefore.add(step);
    if (decision.status !== 'complete') throw new Error('unreachable');
    const answers = path.state.context.answers;
    if (chartRoute(path.state) !== decision.route) throw new Error(`the chart and decide() disagree for ${JSON.stringify(answers)}`);
    const given = Object.entries(answers)
      .map(([question, value]) => `${question}=${value}`)
      .join(' ');
    return { name: `${decision.route} under ${decision.regime}: ${given}`, moves, firstShown, answers, route: decision.route, regime: decision.regime };
  });
}
