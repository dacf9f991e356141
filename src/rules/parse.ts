import type { Answers, QuestionId } from './types';
import { QUESTION_IDS, isQuestionId } from './types';
import { QUESTIONS } from './questions';
import { parseMoney } from './money';
import { pruneToPath, type WalkOptions } from './journey';
import { QUESTION_ORDER } from './flow';

export interface AnswerProblem {
  /** The question concerned, when the key was one of ours. */
  question?: QuestionId;
  message: string;
  /** A valid answer left out only because its question does not apply: nothing wrong was used. */
  notApplicable?: true;
}

export interface ParsedAnswers {
  answers: Answers;
  problems: AnswerProblem[];
}

/** Untrusted text is quoted back only in short, plain form. */
export const quoteUntrusted = (text: string): string => {
  const plain = text.replace(/[\p{Cc}<>]/gu, '').trim();
  return plain.length > 30 ? `${plain.slice(0, 30)}…` : plain;
};

/** Checks one answer; returns its canonical value or a plain-language problem. */
export function parseAnswer(question: QuestionId, raw: string): { value: string } | { problem: string } {
  const q = QUESTIONS[question];
  if (q.kind === 'money') {
    const money = parseMoney(raw);
    return money.ok ? { value: String(money.value) } : { problem: money.error };
  }
  if (q.options.some((option) => option.value === raw)) return { value: raw };
  const choices = q.options.map((option) => `“${option.label}”`).join(', ');
  return { problem: `The answer given to “${q.text}” was not one of the choices (${choices}).` };
}

/**
 * Turns untrusted input (a link's query, saved data) into valid answers on the
 * journey's path, plus a list of what was wrong in plain words. It never throws.
 */
export function parseAnswers(input: unknown, options?: WalkOptions): ParsedAnswers {
  const problems: AnswerProblem[] = [];
  const entries = toEntries(input);
  if (entries === undefined) {
    return { answers: {}, problems: [{ message: 'The saved answers could not be read, so we started afresh.' }] };
  }
  const accepted: Answers = {};
  for (const [key, raw] of entries) {
    if (!isQuestionId(key)) {
      problems.push({ message: `We ignored “${quoteUntrusted(key)}”: it is not one of our questions.` });
      continue;
    }
    if (accepted[key] !== undefined) continue;
    if (typeof raw !== 'string') {
      problems.push({ question: key, message: `The answer to “${QUESTIONS[key].text}” was not readable.` });
      continue;
    }
    const parsed = parseAnswer(key, raw);
    if ('value' in parsed) accepted[key] = parsed.value;
    else problems.push({ question: key, message: parsed.problem });
  }
  const answers = pruneToPath(accepted, options);
  // After an invalid answer, later ones may fall off the path only because of it:
  // the message about the invalid answer is the one that helps.
  const hadInvalid = problems.some((problem) => problem.question !== undefined);
  for (const question of hadInvalid ? [] : QUESTION_ORDER) {
    if (accepted[question] !== undefined && answers[question] === undefined) {
      problems.push({
        question,
        message: `We ignored the answer to “${QUESTIONS[question].text}”: that question does not apply with your other answers.`,
        notApplicable: true,
      });
    }
  }
  return { answers, problems };
}

function toEntries(input: unknown): [string, unknown][] | undefined {
  if (input instanceof URLSearchParams) return [...input.entries()];
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) return Object.entries(input);
  return undefined;
}

/** A readable, canonical query string: question ids and answer values, sorted by id. */
export function serialiseAnswers(answers: Answers): string {
  const params = new URLSearchParams();
  for (const question of [...QUESTION_IDS].sort()) {
    const value = answers[question];
    if (value !== undefined) params.set(question, value);
  }
  return params.toString();
}

export interface LinkNotice {
  title: string;
  lines: string[];
}

/**
 * What to tell a person about the link they opened. Answers that were merely
 * not needed (a link written for another route, say) are one calm line, not a
 * wall of warnings; anything actually wrong is named one by one.
 */
export function linkNotice(problems: readonly AnswerProblem[]): LinkNotice | undefined {
  if (problems.length === 0) return undefined;
  const unneeded = problems.filter((problem) => problem.notApplicable && problem.question !== undefined);
  const wrong = problems.filter((problem) => !unneeded.includes(problem));
  const names = unneeded.map((problem) => `“${QUESTIONS[problem.question!].shortLabel}”`);
  const unneededLine =
    names.length > 0 ? [`These answers do not apply with your other answers, so we left them out: ${names.join(', ')}.`] : [];
  return wrong.length === 0
    ? { title: 'Some answers in the link were not needed', lines: unneededLine }
    : { title: 'We could not use all of the link you opened', lines: [...wrong.map((problem) => problem.message), ...unneededLine] };
}
