import { linkQuery, type Answers, type JourneyStep, type WalkOptions } from '../rules';
import { checkingRemaining, stepOf, type JourneySnapshot } from '../machines/steps';

/** The in-app path of a step, with every answer so far: reloads and shared links rebuild from this alone. */
export function stepPath(step: JourneyStep, answers: Answers, options: WalkOptions = {}): string {
  const query = linkQuery(answers, options);
  const path = step === 'start' ? '/' : `/${step}`;
  return query ? `${path}?${query}` : path;
}

/** The in-app path of wherever the journey is now. */
export const snapshotPath = (snapshot: JourneySnapshot): string =>
  stepPath(stepOf(snapshot), snapshot.context.answers, { remaining: checkingRemaining(snapshot) });

/**
 * The full address of a step, to share: it reproduces the journey in any browser.
 * The page's own query (embed or presentation mode) is left off: whoever opens it gets the full tool.
 */
export const shareLink = (step: JourneyStep, answers: Answers, options: WalkOptions = {}): string =>
  `${location.origin}${location.pathname}#${stepPath(step, answers, options)}`;
