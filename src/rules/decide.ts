import type { Answers, QuestionId, RegimeId, RouteId } from './types';
import { ROUTE_IDS } from './types';
import { GATES, changeGround, type ChangeGround, type GateId } from './flow';
import { completeJourneys, pruneToPath, walk, type Walk, type WalkOptions } from './journey';
import { QUESTIONS } from './questions';
import { isHealthRegime, regimeFor } from './regimes';
import { answersGiven, type AnswerGiven } from './answers';
import { explainGate } from './reasons';
import { thresholdCheck, type ThresholdCheck } from './thresholds';
import type { RouteOptionId } from './routes/types';


/**
 * `settled`: the context gate, which fixes the regime rather than opening a route.
 * `also-open`: while checking the remaining routes, a gate after the recommendation that opens too.
 */
export type GateOutcome = 'settled' | 'opened' | 'also-open' | 'closed' | 'not-asked' | 'not-reached';

export interface GateTrace {
  gate: GateId;
  title: string;
  outcome: GateOutcome;
  /** The outcome in words, as the result and the record show it. */
  verdict: string;
  route?: RouteId;
  /** The answers that decided this gate, in words. */
  answers: AnswerGiven[];
  /** Why, in plain words built from those answers. */
  reason: string;
}

export interface OpenQuestionOutcome {
  value: string;
  label: string;
  regime?: RegimeId;
  routes: RouteId[];
}

export interface OpenQuestion {
  question: QuestionId;
  shortLabel: string;
  resolve: string;
  /** What each firm answer could lead to, found by re-running the rules with it. */
  outcomes: OpenQuestionOutcome[];
}

/**
 * Duties that apply whatever the route, which the answers suggest are at risk
 * (spec §4): a process that may not be proportionate or open and even-handed,
 * and the market-engagement safeguards when the partner proposed the partnership.
 */
export type WarningId = 'proportion' | 'equal-treatment' | 'market-engagement';

export interface Decision {
  status: 'complete';
  regime: RegimeId;
  route: RouteId;
  /** Every question asked on the path, in order. */
  asked: QuestionId[];
  trace: GateTrace[];
  openQuestions: OpenQuestion[];
  /** With "check the remaining routes", other routes that are open too. */
  alsoOpen: RouteId[];
  /** Parts of the route the answers switch on. */
  options: RouteOptionId[];
  warnings: WarningId[];
  threshold?: ThresholdCheck;
}

export interface PendingDecision {
  status: 'pending';
  next: QuestionId;
  regime?: RegimeId;
  asked: QuestionId[];
}

const VERDICTS: Record<GateOutcome, string> = {
  settled: 'Law that applies',
  opened: 'Route found',
  'also-open': 'Also open',
  closed: 'Did not fit',
  'not-asked': 'Not relevant',
  'not-reached': 'Not needed',
};

/**
 * A closed first gate means the rules do apply, and a closed existing-arrangement
 * gate means a new contract, which "did not fit" would hide.
 */
const CLOSED_VERDICTS: Partial<Record<GateId, string>> = {
  procurement: 'Rules apply',
  existing: 'A new contract',
};

const verdictOf = (gate: GateId, outcome: GateOutcome): string =>
  (outcome === 'closed' && CLOSED_VERDICTS[gate]) || VERDICTS[outcome];

function traceOf(answers: Answers, state: Walk, regime: RegimeId, options: WalkOptions): GateTrace[] {
  return rawTraceOf(answers, state, regime, options).map((entry) => ({ ...entry, verdict: verdictOf(entry.gate, entry.outcome) }));
}

/**
 * Each gate as the walk met it. Once a route is found the later gates were not
 * needed, unless the person checked the remaining routes: then every gate they
 * answered shows as open or closed, with their answers.
 */
function rawTraceOf(answers: Answers, state: Walk, regime: RegimeId, options: WalkOptions): Omit<GateTrace, 'verdict'>[] {
  let decided = false;
  return GATES.map((gate) => {
    const questions = gate.questions.filter((q) => state.asked.includes(q));
    const base = { gate: gate.id, title: gate.title, answers: answersGiven(questions, answers) };
    if (decided && !options.remaining) return { ...base, outcome: 'not-reached' as const, reason: 'Not needed: an earlier route fitted.' };
    const asked = questions.length > 0;
    const reason = (opened?: RouteId) => explainGate(gate.id, answers, regime, opened, asked);
    if (gate.id === 'context') return { ...base, outcome: 'settled' as const, reason: reason() };
    const opened = state.opened.find((entry) => entry.gate === gate.id)?.route;
    if (gate.id === 'competition' && opened === undefined) {
      return { ...base, outcome: 'not-reached' as const, reason: 'Not needed: a route above already fits.' };
    }
    if (!asked && gate.id !== 'competition') return { ...base, outcome: 'not-asked' as const, reason: reason() };
    const outcome = opened === undefined ? ('closed' as const) : decided ? ('also-open' as const) : ('opened' as const);
    if (opened) decided = true;
    return { ...base, outcome, ...(opened && { route: opened }), reason: reason(opened) };
  });
}

const EXPLORE_LIMIT = 4000;

/**
 * Every route a set of answers can still lead to, in its regime, trying each
 * answer to each open question. Budgeted: past the budget, the list holds what was found so far.
 */
export function reachableRoutes(answers: Answers, options: WalkOptions): { regime: RegimeId; route: RouteId }[] {
  const found = new Map<string, { regime: RegimeId; route: RouteId }>();
  for (const journey of completeJourneys(answers, options, EXPLORE_LIMIT)) {
    const regime = regimeFor(journey.answers);
    if (regime && journey.walk.route) found.set(`${regime}/${journey.walk.route}`, { regime, route: journey.walk.route });
  }
  return [...found.values()];
}

function openQuestionsOf(answers: Answers, asked: QuestionId[], regime: RegimeId, route: RouteId, options: WalkOptions): OpenQuestion[] {
  return asked.flatMap((questionId) => {
    const question = QUESTIONS[questionId];
    if (answers[questionId] !== 'unsure' || question.kind !== 'choice') return [];
    const outcomes = question.options
      .filter((option) => option.value !== 'unsure')
      .map((option): OpenQuestionOutcome => {
        const results = reachableRoutes(pruneToPath({ ...answers, [questionId]: option.value }, options), options);
        const other = results.find((r) => r.regime !== regime);
        const routes = ROUTE_IDS.filter((id) => id !== route && results.some((r) => r.route === id));
        return { value: option.value, label: option.label, ...(other && { regime: other.regime }), routes };
      })
      .filter((outcome) => outcome.routes.length > 0 || outcome.regime !== undefined);
    return [
      {
        question: questionId,
        shortLabel: question.shortLabel,
        resolve: question.resolveUnsure ?? 'Find out before you go further.',
        outcomes,
      },
    ];
  });
}

const CHANGE_OPTION: Record<ChangeGround, RouteOptionId> = {
  'below-threshold': 'change-below-threshold',
  'light-touch': 'change-light-touch',
  'provided-for': 'change-provided-for',
  small: 'change-small',
  unforeseen: 'change-unforeseen',
};

/**
 * Parts of the route the answers switch on: how to call off, the ground that
 * allows a change, how wide to open a light touch process, and reservations.
 * A reservation only ever restricts a competition, so it joins only the routes
 * that run one (spec §3).
 */
function optionsOf(answers: Answers, state: Walk): RouteOptionId[] {
  const opened = state.opened[0];
  const supportedEmployment: RouteOptionId[] = answers.supportedEmployment === 'yes' ? ['supported-employment-reservation'] : [];
  switch (opened?.route) {
    case 'framework-call-off':
      // "unsure" never counts as yes: without a firm yes, assume a competition among the suppliers.
      return [answers.frameworkDirect === 'yes' ? 'direct-call-off' : 'call-off-competition'];
    case 'modify-contract': {
      const ground = changeGround(answers);
      return ground ? [CHANGE_OPTION[ground]] : [];
    }
    case 'light-touch': {
      // Reached as the last resort, the process is opened to all after market engagement (spec §3 gate 6).
      const targeted = opened.gate === 'flexible' && answers.willing === 'few';
      const options: RouteOptionId[] = [targeted ? 'targeted-engagement' : 'open-competition'];
      if (answers.mutual === 'yes') options.push('mutual-reservation');
      return [...options, ...supportedEmployment];
    }
    case 'competitive-tender':
    case 'below-threshold':
      return supportedEmployment;
    // Only a partnership competed for can be reserved; developing and testing only may be a direct award or exempt.
    case 'innovation-partnership':
      return answers.purchaseAfter === 'yes' ? supportedEmployment : [];
    default:
      return [];
  }
}

const UNSETTLED = ['no', 'unsure'];

/** Duties the answers put at risk; none where nothing is procured. */
function warningsOf(answers: Answers, regime: RegimeId, route: RouteId): WarningId[] {
  if (route === 'no-contract' || route === 'co-investment') return [];
  const warnings: WarningId[] = [];
  if (UNSETTLED.includes(answers.proportionate ?? '')) warnings.push('proportion');
  if (UNSETTLED.includes(answers.transparent ?? '')) warnings.push('equal-treatment');
  if (answers.initiator === 'social-enterprise' && !isHealthRegime(regime) && regime !== 'pcsr2015') warnings.push('market-engagement');
  return warnings;
}

/**
 * The heart of the product: which law applies, which route to take and why.
 * Pure and total: incomplete answers give the next question to ask.
 */
export function decide(given: Answers, options: WalkOptions = {}): Decision | PendingDecision {
  const answers = pruneToPath(given, options);
  const state = walk(answers, options);
  const regime = regimeFor(answers);
  if (state.next !== undefined || state.route === undefined || regime === undefined) {
    return { status: 'pending', next: state.next ?? 'initiator', asked: state.asked, ...(regime && { regime }) };
  }
  const { route, asked } = state;
  const threshold = thresholdCheck(answers, regime);
  return {
    status: 'complete',
    regime,
    route,
    asked,
    trace: traceOf(answers, state, regime, options),
    openQuestions: openQuestionsOf(answers, asked, regime, route, options),
    alsoOpen: state.alsoOpen,
    options: optionsOf(answers, state),
    warnings: warningsOf(answers, regime, route),
    ...(threshold && { threshold }),
  };
}
