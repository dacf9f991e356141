import type { Decision } from '../rules';
import { resultView, type ResultView } from '../rules/resultView';
import { decisionOf, type JourneySnapshot } from './steps';

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
