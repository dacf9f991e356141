import { createActor, type SnapshotFrom, type ActorRefFrom } from 'xstate';
import {
  answersGiven,
  decide,
  isQuestionId,
  questionsOnPath,
  type AnswerGiven,
  type Answers,
  type Decision,
  type JourneyStep,
  type RouteId,
  type WalkOptions,
} from '../rules';
import { journeyMachine } from './journey';

// Selectors: everything a screen shows is read from the chart's snapshot here,
// so no screen works out the journey or the decision itself.

export type JourneySnapshot = SnapshotFrom<typeof journeyMachine>;
export type JourneyActor = ActorRefFrom<typeof journeyMachine>;

export function stepOf(snapshot: JourneySnapshot): JourneyStep {
  const value = snapshot.value;
  if (typeof value === 'string') return isQuestionId(value) ? value : 'start';
  const [, stage] = Object.entries(value)[0] ?? [];
  return stage === 'result' ? 'result' : 'check-answers';
}

/** The person chose to check the remaining routes: a choice the chart records, not an answer. */
export const checkingRemaining = (snapshot: JourneySnapshot): boolean => snapshot.context.remaining;

const walkOptionsOf = (snapshot: JourneySnapshot): WalkOptions => ({ remaining: checkingRemaining(snapshot) });

// One decision per set of answers and choice: every screen, the embed event and the record read this one.
const decisions = { main: new WeakMap<Answers, Decision>(), remaining: new WeakMap<Answers, Decision>() };

/** The decision, once the journey has reached a route (check-answers or result). */
export function decisionOf(snapshot: JourneySnapshot): Decision | undefined {
  if (typeof snapshot.value === 'string') return undefined;
  const cache = checkingRemaining(snapshot) ? decisions.remaining : decisions.main;
  const answers = snapshot.context.answers;
  const cached = cache.get(answers);
  if (cached) return cached;
  const decision = decide(answers, walkOptionsOf(snapshot));
  if (decision.status !== 'complete') return undefined;
  cache.set(answers, decision);
  return decision;
}

/** The route the journey has reached, once it has reached one. */
export const routeOf = (snapshot: JourneySnapshot): RouteId | undefined => decisionOf(snapshot)?.route;

/** The position of the question on screen among the questions on its path, counting from 1. */
export function questionNumber(snapshot: JourneySnapshot): number {
  const step = stepOf(snapshot);
  return isQuestionId(step) ? questionsOnPath(snapshot.context.answers, walkOptionsOf(snapshot)).indexOf(step) + 1 : 0;
}

/** The answers given on the path so far, in the order they were asked, in words. */
export const answersOnPath = (snapshot: JourneySnapshot): AnswerGiven[] =>
  answersGiven(questionsOnPath(snapshot.context.answers, walkOptionsOf(snapshot)), snapshot.context.answers);

/**
 * Rebuilds the journey from answers alone, the same path a person takes,
 * stopping at `target` or at the furthest step the answers reach. Shared links,
 * reloads and saved progress all come here. With `remaining`, the journey
 * carries on past the result into the remaining routes.
 */
export function replay(actor: JourneyActor, answers: Answers, target: JourneyStep, options: WalkOptions = {}): void {
  actor.send({ type: 'LOAD', answers, step: target, remaining: options.remaining === true });
}

export const createJourney = () => createActor(journeyMachine).start();
