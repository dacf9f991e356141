import { createActor, type SnapshotFrom, type ActorRefFrom } from 'xstate';
import {
  answersGiven,
  isQuestionId,
  questionsOnPath,
  regimeFor,
  walk,
  type AnswerGiven,
  type Answers,
  type JourneyStep,
  type RegimeId,
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

export const walkOptionsOf = (snapshot: JourneySnapshot): WalkOptions => ({ remaining: checkingRemaining(snapshot) });

export interface Outcome {
  route: RouteId;
  regime: RegimeId;
}

/**
 * The route the journey has reached and the law it is under, once it has reached
 * one (check-answers or result): the recommendation, the first route that opened
 * on the path. The full decision, with its reasons, loads with the result screen
 * (`decisionOf`), so the first screen never carries it.
 */
export function outcomeOf(snapshot: JourneySnapshot): Outcome | undefined {
  if (typeof snapshot.value === 'string') return undefined;
  const { answers } = snapshot.context;
  const route = walk(answers, walkOptionsOf(snapshot)).route;
  const regime = regimeFor(answers);
  return route && regime ? { route, regime } : undefined;
}

/** The route the journey has reached, once it has reached one. */
export const routeOf = (snapshot: JourneySnapshot): RouteId | undefined => outcomeOf(snapshot)?.route;

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
