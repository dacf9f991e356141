import { decide, type Answers, type Decision } from '../rules';
import { resultView, type ResultView } from '../rules/resultView';
import { checkingRemaining, walkOptionsOf, type JourneySnapshot } from './steps';

// One decision per set of answers and choice: the result screen and the record read this one.
const decisions = { main: new WeakMap<Answers, Decision>(), remaining: new WeakMap<Answers, Decision>() };

/** The decision, with its reasons, once the journey has reached a route (check-answers or result). */
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

// Loaded only with the result screen: the view carries the route catalogue, the largest block of text.
const views = new WeakMap<Decision, ResultView>();

/** Everything the result screen shows, in words, once the journey has reached a route. */
export function resultViewOf(snapshot: JourneySnapshot): ResultView | undefined {
  const decision = decisionOf(snapshot);
  if (decision === undefined) return undefined;
  const cached = views.get(decision);
  if (cached) return cached;
  const view = resultView(decision, snapshot.context.answers);
  views.set(decision, view);
  return view;
}
