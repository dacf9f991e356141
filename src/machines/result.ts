import { decide, flippableAnswers, whatIf, type Answers, type Decision, type FlippableAnswer, type QuestionId, type WhatIf } from '../rules';
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

const flippable = { main: new WeakMap<Answers, FlippableAnswer[]>(), remaining: new WeakMap<Answers, FlippableAnswer[]>() };

/** The answers on the result's path that "What if?" may try another way. */
export function flippableAnswersOf(snapshot: JourneySnapshot): FlippableAnswer[] {
  const remaining = checkingRemaining(snapshot);
  const cache = remaining ? flippable.remaining : flippable.main;
  const answers = snapshot.context.answers;
  const cached = cache.get(answers);
  if (cached) return cached;
  const list = flippableAnswers(answers, { remaining });
  cache.set(answers, list);
  return list;
}

/** Where the result would lead with one answer tried another way; the journey itself is untouched. */
export const whatIfOf = (snapshot: JourneySnapshot, question: QuestionId, raw: string): WhatIf =>
  whatIf(snapshot.context.answers, question, raw, { remaining: checkingRemaining(snapshot) });
