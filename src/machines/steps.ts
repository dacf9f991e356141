import { createActor, type SnapshotFrom, type ActorRefFrom } from 'xstate';
import {
  QUESTIONS,
  REMAINING,
  isQuestionId,
  isRouteId,
  pruneToPath,
  walk,
  type Answers,
  type QuestionId,
  type RouteId,
  type WalkOptions,
} from '../rules';
import { journeyMachine } from './journey';

export type JourneySnapshot = SnapshotFrom<typeof journeyMachine>;
export type JourneyActor = ActorRefFrom<typeof journeyMachine>;

/** Every screen has a step id, which is also its URL path. */
export type StepId = 'start' | QuestionId | 'check-answers' | 'result';

export const isStepId = (value: string): value is StepId =>
  value === 'start' || value === 'check-answers' || value === 'result' || isQuestionId(value);

export function stepOf(snapshot: JourneySnapshot): StepId {
  const value = snapshot.value;
  if (typeof value === 'string') return isQuestionId(value) ? value : 'start';
  const [, sub] = Object.entries(value)[0] ?? [];
  if (sub === 'asking') return snapshot.context.asking ?? 'check-answers';
  return sub === 'result' ? 'result' : 'check-answers';
}

/** The person chose to check the remaining routes: a choice the chart's state records, not the answers. */
export const checkingRemaining = (snapshot: JourneySnapshot): boolean => snapshot.matches('remaining');

/** The route the journey has reached, once it has reached one. */
export function routeOf(snapshot: JourneySnapshot): RouteId | undefined {
  const value = snapshot.value;
  if (typeof value === 'string') return undefined;
  const route = Object.keys(value)[0];
  if (route === 'remaining') return walk(snapshot.context.answers, REMAINING).route;
  return isRouteId(route) ? route : undefined;
}

/**
 * Rebuilds the journey from answers alone by replaying them as ANSWER events,
 * the same path a person takes, stopping at `target` or at the furthest step
 * the answers reach. Shared links, reloads and saved progress all come here.
 * With `remaining`, the replay carries on past the result into the remaining routes.
 */
export function replay(actor: JourneyActor, answers: Answers, target: StepId, options: WalkOptions = {}): void {
  const remaining = options.remaining === true;
  actor.send({ type: 'RESTART' });
  actor.send({ type: 'LOAD', answers });
  if (target === 'start') return;
  actor.send({ type: 'START' });
  const loaded = pruneToPath(answers, options);
  for (let guard = 0; guard < 64; guard += 1) {
    const snapshot = actor.getSnapshot();
    const step = stepOf(snapshot);
    const checking = checkingRemaining(snapshot);
    if (step === target && (checking === remaining || isQuestionId(step))) return;
    if (step === 'check-answers') {
      if (target !== 'result' && !(remaining && !checking)) return;
      actor.send({ type: 'CONFIRM' });
      continue;
    }
    if (step === 'result') {
      if (!remaining || checking) return;
      actor.send({ type: 'CHECK_REMAINING' });
      if (actor.getSnapshot() === snapshot) return;
      continue;
    }
    if (!isQuestionId(step)) return;
    const value = loaded[step];
    if (value === undefined) return;
    actor.send({ type: 'ANSWER', value });
    if (actor.getSnapshot() === snapshot) return;
  }
}

export const createJourney = () => createActor(journeyMachine).start();

export const stepTitle = (step: StepId): string =>
  step === 'start'
    ? 'Find your partnership route'
    : step === 'check-answers'
      ? 'Check your answers'
      : step === 'result'
        ? 'Your route'
        : QUESTIONS[step].text;
