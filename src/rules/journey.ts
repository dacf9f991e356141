import { isQuestionId, isRouteId, type Answers, type QuestionId, type RouteId } from './types';
import { FIRST_QUESTION, FLOW_NODE, gateOfBranch, holds, type GateId, type QuestionNode } from './flow';
import { QUESTIONS } from './questions';
import { MAX_CONTRACT_VALUE } from './money';

export interface OpenedRoute {
  route: RouteId;
  /** The gate the route opened in. */
  gate: GateId;
}

export interface Walk {
  /** Questions asked on this path, in order (answered or not). */
  asked: QuestionId[];
  /** The first question on the path still without an answer. */
  next?: QuestionId;
  /** The first route that opened: the recommendation. */
  route?: RouteId;
  /** With `remaining`, routes that later gates also open. */
  alsoOpen: RouteId[];
  /** Every route that opened and where, the recommendation first. */
  opened: OpenedRoute[];
}

export interface WalkOptions {
  /** Carry on through the gates after the recommendation ("check the remaining routes too"). */
  remaining?: boolean;
}

interface Step {
  /** Routes that open on the way out of the node, in the order the flow tests them. */
  opened: OpenedRoute[];
  /** The question the first branch whose condition holds leads to, if any. */
  next?: QuestionId;
  /** A route opened after which no other is open. */
  final?: true;
}

/** Where a node's branches lead with these answers. Routes are judged only when `judgeRoutes`. */
function follow(node: QuestionNode, answers: Answers, judgeRoutes: boolean): Step {
  const opened: OpenedRoute[] = [];
  for (const branch of node.next) {
    const holdsNow = branch.when === undefined || holds(branch.when, answers);
    if (!isRouteId(branch.to)) {
      if (holdsNow) return { opened, next: branch.to };
    } else if (judgeRoutes && holdsNow) {
      opened.push({ route: branch.to, gate: gateOfBranch(node, branch) });
      if (branch.final) return { opened, final: true };
    }
  }
  return { opened };
}

/**
 * Follows the flow table from its first question, the way a person would. An
 * unanswered question is noted and the walk goes on by the branches whose
 * conditions can already be judged, so it still reaches later questions: this
 * is what lets a changed answer keep later answers that are still on the path.
 * Routes are only judged once everything before them is answered.
 */
export function walk(answers: Answers, options: WalkOptions = {}): Walk {
  const result: Walk = { asked: [], alsoOpen: [], opened: [] };
  // Only answers to questions actually asked may decide anything: a stray answer
  // (from a hand-edited link, say) must never open a gate.
  const onPath: Answers = {};
  let at: QuestionId | undefined = FIRST_QUESTION;
  while (at !== undefined) {
    result.asked.push(at);
    const value = answers[at];
    if (value === undefined) result.next ??= at;
    else onPath[at] = value;
    const step = follow(FLOW_NODE[at], onPath, result.next === undefined);
    for (const opened of step.opened) {
      // A route found again at the last resort is already listed.
      if (result.opened.some((earlier) => earlier.route === opened.route)) continue;
      result.opened.push(opened);
      if (result.route === undefined) result.route = opened.route;
      else result.alsoOpen.push(opened.route);
      if (!options.remaining) return result;
    }
    if (step.final) return result;
    at = step.next;
  }
  return result;
}

/** The questions on the path, in order, for these answers. */
export const questionsOnPath = (answers: Answers, options?: WalkOptions): QuestionId[] => walk(answers, options).asked;

/** Keeps only answers to questions still on the path: no stale answer reaches a result. */
export function pruneToPath(answers: Answers, options?: WalkOptions): Answers {
  const kept: Answers = {};
  for (const question of questionsOnPath(answers, options)) {
    const value = answers[question];
    if (value !== undefined) kept[question] = value;
  }
  return kept;
}

/** The answers on the path up to and including `question`: all that its branches may look at. */
export function answersThrough(answers: Answers, question: QuestionId, options?: WalkOptions): Answers {
  const kept: Answers = {};
  for (const asked of questionsOnPath(answers, options)) {
    const value = answers[asked];
    if (value !== undefined) kept[asked] = value;
    if (asked === question) break;
  }
  return kept;
}

/** "Check the remaining routes too": carry on through the gates after the recommendation. */
const REMAINING: WalkOptions = { remaining: true };

/** Questions asked only because the person chose to check the remaining routes, in order. */
function remainingQuestions(answers: Answers): QuestionId[] {
  const recommended = questionsOnPath(answers);
  return questionsOnPath(answers, REMAINING).filter((question) => !recommended.includes(question));
}

/** Whether checking the remaining routes could add anything: more questions, or another open route. */
export const hasRemainingRoutes = (answers: Answers): boolean =>
  walk(answers).route !== undefined &&
  (remainingQuestions(answers).length > 0 || walk(answers, REMAINING).alsoOpen.length > 0);

/** Where a person can be in a journey; each is also a screen with its own URL path. */
export type JourneyStep = 'start' | QuestionId | 'check-answers' | 'result';

export const isJourneyStep = (value: string): value is JourneyStep =>
  value === 'start' || value === 'check-answers' || value === 'result' || isQuestionId(value);

export interface Position {
  step: JourneyStep;
  /** Whether that step belongs to the check of the remaining routes. */
  remaining: boolean;
}

/**
 * The step actually before this one on the path taken. From the first question
 * of the remaining-routes check (or an empty check) that is the recommendation's
 * own result, which leaves the check.
 */
export function stepBefore(answers: Answers, { step, remaining }: Position): Position | undefined {
  if (step === 'start') return undefined;
  if (step === 'result') return { step: 'check-answers', remaining };
  const asked = questionsOnPath(answers, { remaining });
  const index = step === 'check-answers' ? asked.length : asked.indexOf(step);
  if (index <= 0) return index === 0 ? { step: 'start', remaining: false } : undefined;
  const firstChecked = remaining ? (remainingQuestions(answers)[0] ?? 'check-answers') : undefined;
  return step === firstChecked ? { step: 'result', remaining: false } : { step: asked[index - 1]!, remaining };
}

/** Answers worth trying when exploring journeys: every option, or an amount far below and far above any threshold. */
const trialAnswers = (question: QuestionId): string[] => {
  const asked = QUESTIONS[question];
  return asked.kind === 'money' ? ['0', String(MAX_CONTRACT_VALUE)] : asked.options.map((option) => option.value);
};

export interface CompleteJourney {
  answers: Answers;
  walk: Walk;
}

/**
 * Every complete journey that can follow from these answers, trying each answer
 * to each question still open, depth first. `limit` bounds the walks taken.
 */
export function* completeJourneys(answers: Answers, options: WalkOptions = {}, limit = Infinity): Generator<CompleteJourney> {
  const pending: Answers[] = [answers];
  for (let walks = 0; pending.length > 0 && walks < limit; walks += 1) {
    const given = pending.pop()!;
    const state = walk(given, options);
    if (state.next === undefined) {
      yield { answers: given, walk: state };
      continue;
    }
    const next = state.next;
    pending.push(...trialAnswers(next).reverse().map((value) => ({ ...given, [next]: value })));
  }
}

/**
 * The answers a subtree of the flow read (absent ones included), and the most
 * questions it asked. Conditions read only a few answers, so a subtree explored
 * once serves every earlier path that agrees on those: the longest journey is
 * found without trying every combination of answers.
 */
interface Explored {
  reads: Map<QuestionId, string | undefined>;
  length: number;
}

/** Explored subtrees of one question, grouped by which answers they read, then by those answers' values. */
type ExploredAt = Map<string, { reads: QuestionId[]; byValues: Map<string, Explored> }>;

/** An absent answer is a value of its own: it never matches a given one. */
const valuesOf = (reads: readonly QuestionId[], answers: Answers): string => reads.map((question) => answers[question] ?? '\u0000').join('\u0001');

function longestFrom(at: QuestionId, onPath: Answers, seen: Map<QuestionId, ExploredAt>): Explored {
  const here: ExploredAt = seen.get(at) ?? new Map();
  seen.set(at, here);
  for (const group of here.values()) {
    const known = group.byValues.get(valuesOf(group.reads, onPath));
    if (known) return known;
  }
  const reads = new Map<QuestionId, string | undefined>();
  const note = (question: QuestionId, value: string | undefined) => {
    if (question !== at) reads.set(question, value);
  };
  let length = 0;
  for (const value of trialAnswers(at)) {
    const answered: Answers = { ...onPath, [at]: value };
    const watched = new Proxy(answered, {
      get(target, key) {
        const read = Reflect.get(target, key) as string | undefined;
        if (typeof key === 'string' && isQuestionId(key)) note(key, read);
        return read;
      },
    });
    const step = follow(FLOW_NODE[at], watched, true);
    let below = 0;
    if (step.opened.length === 0 && step.next !== undefined) {
      const later = longestFrom(step.next, answered, seen);
      for (const [question, read] of later.reads) note(question, read);
      below = later.length;
    }
    length = Math.max(length, 1 + below);
  }
  const explored = { reads, length };
  const readQuestions = [...reads.keys()].sort();
  const signature = readQuestions.join(',');
  const group = here.get(signature) ?? { reads: readQuestions, byValues: new Map<string, Explored>() };
  group.byValues.set(valuesOf(readQuestions, onPath), explored);
  here.set(signature, group);
  return explored;
}

/** The most questions any journey asks, read from the flow. Slow: the build works it out once (MOST_QUESTIONS). */
export const mostQuestions = (): number => longestFrom(FIRST_QUESTION, {}, new Map()).length;
