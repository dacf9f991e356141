import type { Answers, QuestionId } from './types';
import { questionsOnPath, walk, type WalkOptions } from './journey';

/** "Check the remaining routes too": carry on through the gates after the recommendation. */
export const REMAINING: WalkOptions = { remaining: true };

/** Questions asked only because the person chose to check the remaining routes, in order. */
export function remainingQuestions(answers: Answers): QuestionId[] {
  const recommended = questionsOnPath(answers);
  return questionsOnPath(answers, REMAINING).filter((question) => !recommended.includes(question));
}

/** Whether checking the remaining routes could add anything: more questions, or another open route. */
export const hasRemainingRoutes = (answers: Answers): boolean =>
  walk(answers).route !== undefined &&
  (remainingQuestions(answers).length > 0 || walk(answers, REMAINING).alsoOpen.length > 0);
