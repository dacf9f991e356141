import { ROUTE_IDS, type Answers, type QuestionId, type RegimeId, type RouteId } from './types';
import { QUESTIONS, type AnswerOption } from './questions';
import { REGIMES } from './regimes';
import { answersGiven, answerLabel, type AnswerGiven } from './answers';
import { pruneToPath, questionsOnPath, type WalkOptions } from './journey';
import { parseAnswer } from './parse';
import { decide, reachableRoutes, type Decision, type GateTrace } from './decide';
import { routeIn } from './routes';

// "What if?" for the room: one answer on the path tried another way, re-decided
// beside the real result, without touching the real answers.

/** An answer on the path that the room may try another way. */
export interface FlippableAnswer {
  question: QuestionId;
  /** The question as the page asks it. */
  text: string;
  shortLabel: string;
  given: AnswerGiven;
  kind: 'choice' | 'money';
  /** For a choice, every other answer it allows; an amount may be any other amount. */
  alternatives: AnswerOption[];
}

/** The answered questions on the path, in the order they were asked, each with the answers it could have had. */
export const flippableAnswers = (answers: Answers, options: WalkOptions = {}): FlippableAnswer[] =>
  answersGiven(questionsOnPath(answers, options), answers).map((given) => {
    const question = QUESTIONS[given.question];
    return {
      question: given.question,
      text: question.text,
      shortLabel: question.shortLabel,
      given,
      kind: question.kind,
      alternatives: question.kind === 'choice' ? question.options.filter((option) => option.value !== given.value) : [],
    };
  });

/** A route by the name it has in its regime, as the result heading names it. */
export interface NamedRoute {
  regime: RegimeId;
  regimeName: string;
  route: RouteId;
  name: string;
}

const named = (route: RouteId, regime: RegimeId): NamedRoute => ({
  regime,
  regimeName: REGIMES[regime].name,
  route,
  name: routeIn(route, regime).name,
});

interface Tried {
  question: QuestionId;
  /** The other answer, as a person reads it. */
  tried: AnswerGiven;
  /** Every answer with the other one in its place, kept to the path it makes: what following it replays. */
  answers: Answers;
}

export type WhatIf =
  | { status: 'invalid'; question: QuestionId; problem: string }
  | (Tried & {
      status: 'complete';
      leadsTo: NamedRoute;
      sameRoute: boolean;
      /** The gates the other answer decides differently, with its reasons. */
      reasons: GateTrace[];
      /** The same gates as the real answers decide them, to set beside those reasons. */
      reasonsNow: GateTrace[];
    })
  | (Tried & {
      status: 'pending';
      /** The question the other answer asks next. */
      next: QuestionId;
      /** Every route it could still lead to, whatever the later answers. */
      couldLeadTo: NamedRoute[];
    });

/** Gates that open or close the same way with the same reason tell the room nothing new; nor do gates not needed. */
function reasonsThatDiffer(now: Decision, other: Decision): GateTrace[] {
  return other.trace.filter((entry) => {
    if (entry.outcome === 'not-reached' || entry.outcome === 'not-asked') return false;
    const before = now.trace.find((gate) => gate.gate === entry.gate);
    return before?.outcome !== entry.outcome || before.reason !== entry.reason || before.route !== entry.route;
  });
}

/**
 * Where the journey would lead if `question` had been answered `raw` instead:
 * the route and the reasons that differ, or, if the other answer asks more
 * questions, the next one and every route still possible. `raw` is read as the
 * question's form reads it, so a mistyped amount gets the usual plain message.
 * `answers` must reach a route.
 */
export function whatIf(answers: Answers, question: QuestionId, raw: string, options: WalkOptions = {}): WhatIf {
  const now = decide(answers, options);
  if (now.status !== 'complete') throw new Error('What if? needs a result to compare with');
  const parsed = parseAnswer(question, raw);
  if ('problem' in parsed) return { status: 'invalid', question, problem: parsed.problem };
  if (parsed.value === answers[question]) {
    return { status: 'invalid', question, problem: 'That is the answer already given. Try a different one.' };
  }
  const tried = { question, tried: { question, value: parsed.value, label: answerLabel(question, parsed.value) } };
  const other = pruneToPath({ ...answers, [question]: parsed.value }, options);
  const decision = decide(other, options);
  if (decision.status === 'pending') {
    const possible = reachableRoutes(other, options);
    const couldLeadTo = ROUTE_IDS.flatMap((route) => possible.filter((found) => found.route === route)).map((found) => named(found.route, found.regime));
    return { ...tried, answers: other, status: 'pending', next: decision.next, couldLeadTo };
  }
  const reasons = reasonsThatDiffer(now, decision);
  return {
    ...tried,
    answers: other,
    status: 'complete',
    leadsTo: named(decision.route, decision.regime),
    sameRoute: decision.route === now.route && decision.regime === now.regime,
    reasons,
    reasonsNow: now.trace.filter((entry) => reasons.some((changed) => changed.gate === entry.gate)),
  };
}
