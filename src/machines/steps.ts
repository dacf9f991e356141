import { createActor, type SnapshotFrom, type ActorRefFrom } from 'xstate';
import { QUESTIONS, isQuestionId, isRouteId, type Answers, type QuestionId, type RouteId } from '../rules';
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
  return sub === 'result' ? 'result' : 'check-answers';
}

/** The route the journey has reached, once it has reached one. */
export function routeOf(snapshot: JourneySnapshot): RouteId | undefined {
  const value = snapshot.value;
  if (typeof value === 'string') return undefined;
  const route = Object.keys(value)[0];
  return isRouteId(route) ? route : undefined;
}

/**
 * Rebuilds the journey from answers alone by replaying them as ANSWER events,
 * the same path a person takes, stopping at `target` or at the furthest step
 * the answers reach. Shared links, reloads and saved progress all come here.
 */
export function replay(actor: JourneyActor, answers: Answers, target: StepId): void {
  actor.send({ type: 'RESTART' });
  actor.send({ type: 'LOAD', answers });
  if (target === 'start') return;
  actor.send({ type: 'START' });
  const loaded = actor.getSnapshot().context.answers;
  for (let guard = 0; guard < 64; guard += 1) {
    const snapshot = actor.getSnapshot();
    const step = stepOf(snapshot);
    if (step === target) return;
    if (step === 'check-answers') {
      if (target !== 'result') return;
      actor.send({ type: 'CONFIRM' });
      continue;
    }
    if (!isQuestionId(step)) return;
    const value = loaded[step];
    if (value === undefined) return;
    actor.send({ type: 'ANSWER', value });
    if (stepOf(actor.getSnapshot()) === step) return;
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
