import type { Answers, QuestionId } from './types';
import { QUESTIONS } from './questions';
import { formatMoney } from './money';

/** An answer as a person reads it: the option's label, or the amount in pounds. */
export function answerLabel(question: QuestionId, value: string): string {
  const q = QUESTIONS[question];
  if (q.kind === 'money') return formatMoney(Number(value));
  return q.options.find((option) => option.value === value)?.label ?? value;
}

export interface AnswerGiven {
  question: QuestionId;
  value: string;
  label: string;
}

export const answersGiven = (questions: readonly QuestionId[], answers: Answers): AnswerGiven[] =>
  questions.flatMap((question) => {
    const value = answers[question];
    return value === undefined ? [] : [{ question, value, label: answerLabel(question, value) }];
  });
