import { serialiseAnswers, type Answers } from '../rules';
import type { StepId } from '../machines/steps';

/** The in-app path of a step, with every answer so far: reloads and shared links rebuild from this alone. */
export function stepPath(step: StepId, answers: Answers): string {
  const query = serialiseAnswers(answers);
  const path = step === 'start' ? '/' : `/${step}`;
  return query ? `${path}?${query}` : path;
}
