import { create } from 'zustand';
import { QUESTIONS, parseAnswer, type Answers, type QuestionId } from '../rules';
import type { JourneyEvent } from '../machines/journey';

/**
 * The answer being chosen on the question on screen, before Continue: shared by
 * the question's form and presentation mode's keys, so both choose and submit
 * the same way and the form shows whichever did it.
 */
interface QuestionDraft {
  /** The question the draft belongs to; a draft for any other question is stale and ignored. */
  question?: QuestionId;
  value: string;
  error?: string;
  /** Counts refused submits, so the error summary takes focus on each one. */
  attempt: number;
}

export const useQuestionDraft = create<QuestionDraft>()(() => ({ value: '', attempt: 0 }));

/** The answer already given, as it is typed: amounts with thousands separators. */
const asTyped = (question: QuestionId, saved: string | undefined): string =>
  saved === undefined ? '' : QUESTIONS[question].kind === 'money' ? Number(saved).toLocaleString('en-GB') : saved;

/** What the question's field holds now: the draft if there is one for it, otherwise the answer already given. */
export function draftFor(draft: QuestionDraft, question: QuestionId, answers: Answers): { value: string; error?: string; attempt: number } {
  return draft.question === question
    ? { value: draft.value, error: draft.error, attempt: draft.attempt }
    : { value: asTyped(question, answers[question]), attempt: 0 };
}

export function chooseAnswer(question: QuestionId, value: string): void {
  useQuestionDraft.setState((draft) => ({ ...draft, question, value, ...(draft.question !== question && { error: undefined, attempt: 0 }) }));
}

/** Continue: the answer goes to the journey, or the question's own words say what is missing. */
export function submitAnswer(question: QuestionId, answers: Answers, send: (event: JourneyEvent) => void): void {
  const asked = QUESTIONS[question];
  const draft = draftFor(useQuestionDraft.getState(), question, answers);
  // A blank amount is the money parser's to explain; a missing choice needs the question's own words.
  const parsed = draft.value === '' && asked.kind === 'choice' ? { problem: asked.missing } : parseAnswer(question, draft.value);
  if ('problem' in parsed) {
    useQuestionDraft.setState({ question, value: draft.value, error: parsed.problem, attempt: draft.attempt + 1 });
    return;
  }
  forgetDraft(question);
  send({ type: 'ANSWER', value: parsed.value });
}

/** Leaving a question drops what was chosen but not submitted, so coming back shows the answer given. */
export function forgetDraft(question: QuestionId): void {
  if (useQuestionDraft.getState().question === question) useQuestionDraft.setState({ question: undefined, value: '', error: undefined, attempt: 0 });
}
